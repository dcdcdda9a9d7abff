#pragma once

namespace core {

/// ln 2: the estimators compute in nats; bits = nats / kLn2.
constexpr double kLn2 = 0.69314718055994530942;

} // namespace core
