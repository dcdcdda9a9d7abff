#pragma once

#include "task/cancellederror.h"


namespace core {

/// Polled by analyses between chunks of work. The UI adapts QPromise::isCanceled() to it.
class CancelToken
{
public:
    virtual ~CancelToken() = default;
    virtual bool isCancelled() const = 0;

    void throwIfCancelled() const
    {
        if (isCancelled())
            throw CancelledError();
    }
};

} // namespace core
