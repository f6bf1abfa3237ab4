#pragma once
/// Output registries: for each kind of result (findings, a diff, a simulation,
/// an analysis) the formats it can be printed in, each a name and a printer,
/// and one emitter that prints the chosen format to standard output and
/// writes every `--output FORMAT=FILE` (atomically, never over a file the run
/// read: util/atomic_write.h). The registries themselves are
/// findings_outputs() (report/report.h), diff_outputs()
/// (report/diff_report.h), simulation_outputs() and analysis_outputs()
/// (report/simulation_report.h).
#include <filesystem>
#include <functional>
#include <optional>
#include <ostream>
#include <span>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "util/atomic_write.h"

namespace reltheme {

/// One `--output FORMAT=FILE`.
struct OutputFile {
    std::string format;
    std::filesystem::path path;
};

/// `diff does not print "sarif" reports; it prints human, json, markdown or
/// github`, with a did-you-mean when the name is a likely typo.
std::string unknown_format_message(std::string_view format, std::string_view command,
                                   std::span<const std::string> formats);

/// Reads `FORMAT=FILE` for `command`, which prints `formats`; nullopt with
/// the reason in `error` when the text is not that, the format is not one of
/// them, or FILE is `-` (standard output is --format's).
std::optional<OutputFile> parse_output_file(std::string_view text, std::string_view command,
                                            std::span<const std::string> formats,
                                            std::string& error);

/// The formats one kind of result can be printed in. `Options` is what the
/// printers need besides the result (colour among it).
template <class Result, class Options>
class OutputRegistry {
  public:
    using Printer = std::function<void(std::ostream&, const Result&, const Options&)>;
    struct Format {
        std::string name;
        Printer print;
    };

    explicit OutputRegistry(std::vector<Format> formats) : formats_(std::move(formats)) {
        for (const auto& f : formats_) names_.push_back(f.name);
    }

    /// Every format name, in the order given (the first is the default).
    const std::vector<std::string>& names() const { return names_; }

    /// The printer of `name`, or nullptr.
    const Printer* find(std::string_view name) const {
        for (const auto& f : formats_) {
            if (f.name == name) return &f.print;
        }
        return nullptr;
    }

    /// The report in `format` as a string; nullopt for a format not here.
    std::optional<std::string> render(std::string_view format, const Result& result,
                                      const Options& options) const {
        const Printer* print = find(format);
        if (!print) return std::nullopt;
        std::ostringstream out;
        (*print)(out, result, options);
        return out.str();
    }

    /// Prints `format` to `out` with `terminal`, then writes each of `files`
    /// with `file` (no colour). Returns what could not be done, one message
    /// each ("cannot write out/x.sarif: ..."); every other file is written.
    std::vector<std::string> emit(std::ostream& out, std::string_view format,
                                  const std::vector<OutputFile>& files, const Result& result,
                                  const Options& terminal, const Options& file,
                                  std::string_view command) const {
        std::vector<std::string> errors;
        if (const Printer* print = find(format)) {
            (*print)(out, result, terminal);
            out.flush();
        } else {
            errors.push_back(unknown_format_message(format, command, names_));
        }
        auto more = write_files(files, result, file, command);
        errors.insert(errors.end(), more.begin(), more.end());
        return errors;
    }

    /// Writes each of `files` with `file` (no colour); what could not be
    /// done, one message each, as emit().
    std::vector<std::string> write_files(const std::vector<OutputFile>& files, const Result& result,
                                         const Options& file, std::string_view command) const {
        std::vector<std::string> errors;
        for (const auto& f : files) {
            const auto text = render(f.format, result, file);
            std::string error;
            if (!text) {
                errors.push_back(unknown_format_message(f.format, command, names_));
            } else if (!write_file_atomically(f.path, *text, error)) {
                errors.push_back(std::move(error));
            }
        }
        return errors;
    }

  private:
    std::vector<Format> formats_;
    std::vector<std::string> names_;
};

}  // namespace reltheme
