#include "report/junit.h"

#include <sstream>

#include <fmt/format.h>

#include "util/markup.h"
#include "util/utf8.h"

namespace reltheme {

std::string xml_escape(std::string_view text) {
    // printable() leaves only tab among the characters below U+0020, and
    // every byte sequence it keeps is valid UTF-8.
    return markup_escape(printable(text), true);
}

namespace {

/// Escapes each line of a multi-line text (printable() would turn the line
/// breaks into escapes).
std::string xml_escape_lines(std::string_view text) {
    std::string out;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t eol = text.find('\n', pos);
        const std::size_t end = eol == std::string_view::npos ? text.size() : eol;
        out += xml_escape(text.substr(pos, end - pos));
        if (eol != std::string_view::npos) out += '\n';
        pos = end + 1;
    }
    return out;
}

}  // namespace

void print_junit(std::ostream& out, const Findings& findings, const ReportOptions& options) {
    int failed = 0;
    int unreadable = 0;
    for (const auto& f : findings.files) {
        if (f.read_error)
            ++unreadable;
        else if (!f.diagnostics.empty())
            ++failed;
    }
    unreadable += static_cast<int>(findings.failures.size());
    const std::string suite = xml_escape("reltheme " + options.command);
    const auto tests = findings.files.size() + findings.failures.size();
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out << fmt::format("<testsuites name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\">\n",
                       suite, tests, failed, unreadable);
    out << fmt::format(
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"0\">\n",
        suite, tests, failed, unreadable);
    const std::string classname = xml_escape("reltheme." + options.command);
    HumanOptions human;
    // What could not be read before any file was: a test case in error each,
    // so the run never reads as "0 tests, all passed".
    for (const auto& f : findings.failures) {
        const std::string message = xml_escape(f.message);
        out << fmt::format("    <testcase name=\"{}\" classname=\"{}\">\n",
                           xml_escape(f.path.empty() ? std::string(to_string(f.reason)) : f.path),
                           classname);
        out << fmt::format("      <error type=\"{}\" message=\"{}\">{}</error>\n",
                           to_string(f.reason), message, message);
        out << "    </testcase>\n";
    }
    for (const auto& f : findings.files) {
        const std::string name = xml_escape(f.path);
        out << fmt::format("    <testcase name=\"{}\" classname=\"{}\" file=\"{}\"", name,
                           classname, name);
        if (!f.read_error && f.diagnostics.empty()) {
            out << "/>\n";
            continue;
        }
        out << ">\n";
        if (f.read_error) {
            const std::string message = xml_escape("cannot read " + f.path + ": " + *f.read_error);
            out << fmt::format("      <error type=\"read-error\" message=\"{}\">{}</error>\n",
                               message, message);
        }
        const SourceText* source = f.source.line_count() > 0 ? &f.source : nullptr;
        for (const auto& d : f.diagnostics) {
            // The message attribute is the first line of the human report; the
            // body is the whole block with its code frame and notes.
            std::ostringstream block;
            print_diagnostic(block, d, source, human);
            const std::string text = block.str();
            const std::string first_line = text.substr(0, text.find('\n'));
            out << fmt::format("      <failure type=\"{}\" message=\"{}\">{}</failure>\n",
                               xml_escape(d.rule), xml_escape(first_line), xml_escape_lines(text));
        }
        out << "    </testcase>\n";
    }
    out << "  </testsuite>\n</testsuites>\n";
}

}  // namespace reltheme
