#include "results/result.h"

namespace core {

std::string resultStatusName(Result::Status status)
{
    switch (status) {
    case Result::Status::Success: return "success";
    case Result::Status::NumericalIssue: return "numerical-issue";
    case Result::Status::NoConvergence: return "no-convergence";
    }
    return "unknown";
}

const std::string &resultItemId(const ResultItem &item)
{
    return std::visit([](const auto &r) -> const std::string & { return r.id; }, item);
}

const std::string &resultItemTitle(const ResultItem &item)
{
    return std::visit([](const auto &r) -> const std::string & { return r.title; }, item);
}

} // namespace core
