#pragma once

#include <QDateTime>

#include <string_view>

namespace fc {

/// RFC 3339 as the apiserver and Go's time.Time write it: 2006-01-02T15:04:05[.999999999](Z|±07:00),
/// to UTC with millisecond precision; an invalid QDateTime for anything else. Hand-parsed:
/// QDateTime::fromString is the slowest part of summarising a pod otherwise.
QDateTime parseRfc3339(std::string_view text);

} // namespace fc
