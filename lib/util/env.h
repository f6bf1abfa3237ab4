#pragma once
/// Limits and settings read from the environment.
#include <cstddef>
#include <ctime>
#include <optional>
#include <string>

namespace reltheme {

/// The positive decimal number in environment variable `name`, or `fallback`
/// when it is unset or empty. A value that is no such number has been refused
/// before any work by bad_env_limit (the CLI exits 2); here it counts as unset.
std::size_t env_size(const char* name, std::size_t fallback);

/// The message for the first `RELTHEME_MAX_*` variable that is set to
/// something other than a positive whole number (`abc`, `0`, `-5`, `1e6`, a
/// value past 2^64-1), or nullopt when all are good. An empty value is unset.
std::optional<std::string> bad_env_limit();

/// SOURCE_DATE_EPOCH (reproducible-builds.org): the seconds since 1970 a
/// report should claim it was written at; nullopt when unset or not a number.
std::optional<std::time_t> source_date_epoch();

/// When a report is written: SOURCE_DATE_EPOCH, else now.
std::time_t report_time();

/// The machine's name, as test reports name the host; `localhost` when
/// SOURCE_DATE_EPOCH is set (a reproducible report names no machine) or
/// the name is unknown.
std::string report_hostname();

}  // namespace reltheme
