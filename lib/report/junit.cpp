#include "report/junit.h"

#include <ctime>
#include <sstream>
#include <vector>

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

std::string junit_timestamp(std::time_t time) {
    std::tm utc{};
    gmtime_r(&time, &utc);
    return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}", utc.tm_year + 1900, utc.tm_mon + 1,
                       utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec);
}

void print_junit(std::ostream& out, const Findings& findings, const ReportOptions& options) {
    // One test case per finding, so Jenkins (which shows a test case's first
    // failure only) and GitLab list every one; a file without findings is
    // one passing test case, and what could not be read one in error.
    struct Case {
        std::string classname;
        std::string name;
        std::string body;  ///< the <failure> or <error> element, or empty
    };
    std::vector<Case> cases;
    int failures = 0;
    int errors = 0;
    const auto error_case = [&](const std::string& classname, const RunFailure& f) {
        const std::string message = xml_escape(f.message);
        cases.push_back({classname, std::string(to_string(f.reason)),
                         fmt::format("<error type=\"{}\" message=\"{}\">{}</error>",
                                     to_string(f.reason), message, message)});
        ++errors;
    };
    for (const auto& f : findings.failures) error_case(f.path, f);
    HumanOptions human;
    for (const auto& f : findings.files) {
        if (f.read_error) {
            error_case(f.path, {FailureReason::ReadError, f.path,
                                "cannot read " + f.path + ": " + *f.read_error});
            continue;
        }
        if (f.diagnostics.empty()) {
            cases.push_back({f.path, "no findings", {}});
            continue;
        }
        const SourceText* source = f.source.line_count() > 0 ? &f.source : nullptr;
        for (const auto& d : f.diagnostics) {
            // The message attribute is the first line of the human report; the
            // body is the whole block with its code frame and notes.
            std::ostringstream block;
            const SourceText* shown = d.file == f.path ? source : nullptr;
            for (const auto& r : f.related) {
                if (r.path() == d.file) shown = &r;
            }
            print_diagnostic(block, d, shown, human);
            const std::string text = block.str();
            const std::string first_line = text.substr(0, text.find('\n'));
            cases.push_back(
                {f.path,
                 fmt::format("{} at {}:{}", d.rule, d.range.begin.line, d.range.begin.column),
                 fmt::format("<failure type=\"{}\" message=\"{}\">{}</failure>", xml_escape(d.rule),
                             xml_escape(first_line), xml_escape_lines(text))});
            ++failures;
        }
    }
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n";
    out << fmt::format(
        "  <testsuite name=\"{}\" package=\"reltheme\" id=\"0\" tests=\"{}\" failures=\"{}\" "
        "errors=\"{}\" skipped=\"0\" time=\"0\" timestamp=\"{}\" hostname=\"{}\">\n",
        xml_escape("reltheme " + options.command), cases.size(), failures, errors,
        junit_timestamp(options.time), xml_escape(options.hostname));
    out << "    <properties/>\n";
    for (const auto& c : cases) {
        out << fmt::format("    <testcase name=\"{}\" classname=\"{}\" time=\"0\"",
                           xml_escape(c.name), xml_escape(c.classname));
        if (c.body.empty()) {
            out << "/>\n";
        } else {
            out << ">\n      " << c.body << "\n    </testcase>\n";
        }
    }
    out << "    <system-out/>\n    <system-err/>\n  </testsuite>\n</testsuites>\n";
}

}  // namespace reltheme
