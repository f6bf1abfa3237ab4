// The figures of `reltheme lsp` (issue: diagnostics of a 30-stage theme within
// 20 ms of a change, completion within 10 ms, memory flat over 10,000 edits),
// measured in-process on lsp::Server::handle, the call `reltheme lsp` makes for
// every message it reads, so what is timed is the server's own work and not the
// pipe. The floor, in the same run, is parse_yaml of the same text: what any
// diagnostics pass must at least do.
//
//   bench_lsp [EDITS]     (default 10000)
//
// Prints the median and the 95th percentile of each figure, the ratio of the
// diagnostics to the floor, and the resident memory after 100 edits and after
// all of them.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "catalogue/catalogue.h"
#include "load/yaml_doc.h"
#include "lsp/server.h"
#include "util/diagnostic.h"
#include "util/source.h"

using namespace reltheme;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int k_stages = 30;

/// A sales theme of 30 stages in a chain, each with a deadline, an
/// instruction, a probability and a field it requires; documents and outcomes.
std::string theme_text() {
    std::string t =
        "reltheme: 1\nid: bench\nname: Продажи оборудования\ntype: sales\n"
        "description: Тема для замеров\ninstruction: Ведите сделку по этапам.\n"
        "max_duration: 400d\nstages:\n";
    for (int i = 1; i <= k_stages; ++i) {
        t += fmt::format("  - id: s{}\n    name: Этап {}\n    deadline: {}d\n", i, i, 1 + i % 5);
        t += fmt::format(
            "    instruction: Позвоните {{{{client.name}}}} до {{{{deal.deadline}}}}.\n");
        t += fmt::format("    probability: {:.2f}\n", static_cast<double>(i) / (k_stages + 1));
        if (i % 5 == 0) t += "    requires: [budget]\n";
        if (i < k_stages) t += fmt::format("    next: [s{}]\n", i + 1);
    }
    t += "outcomes:\n  - id: expensive\n    name: Дорого\n    result: failure\n"
         "documents:\n  - id: offer\n    name: Коммерческое предложение\n    kind: online\n"
         "    stages: [s3]\nfields:\n  - id: budget\n    name: Бюджет\n    type: money\n";
    return t;
}

double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct Figures {
    double median = 0;
    double p95 = 0;
};

Figures figures(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v[std::min(v.size() - 1, v.size() * 95 / 100)]};
}

long resident_kb() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0) return std::strtol(line.c_str() + 6, nullptr, 10);
    }
    return -1;
}

/// The 0-based line of `text` that starts with `prefix`.
int line_of(const std::string& text, const std::string& prefix) {
    const auto at = text.find(prefix);
    return static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
}

lsp::Json message(const char* method, lsp::Json params, int id = 0) {
    lsp::Json m{{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}};
    if (id > 0) m["id"] = id;
    return m;
}

}  // namespace

int main(int argc, char** argv) {
    const int edits = argc > 1 ? std::atoi(argv[1]) : 10000;
    const std::string text = theme_text();
    const std::string uri = "file:///tmp/reltheme-bench/bench.yaml";

    lsp::ServerOptions options;
    options.version = "bench";
    options.rule_ids = configurable_rule_ids();
    options.is_rule_id = &is_rule_id;
    lsp::Server server(std::move(options));
    server.handle(message("initialize", {{"capabilities", lsp::Json::object()}}, 1));
    server.handle(message("initialized", lsp::Json::object()));
    server.handle(
        message("textDocument/didOpen",
                {{"textDocument",
                  {{"uri", uri}, {"languageId", "yaml"}, {"version", 1}, {"text", text}}}}));

    // The floor: the same text parsed, as every diagnostics pass must.
    std::vector<double> floor;
    for (int i = 0; i < 200; ++i) {
        const auto start = Clock::now();
        DiagnosticSink sink("bench.yaml");
        const SourceText source("bench.yaml", text);
        const auto doc = parse_yaml(source, sink);
        floor.push_back(ms_since(start));
        if (!doc) return 1;
    }

    // Each edit rewrites the name of stage s7 (line 2 of its item), as typing
    // does, and is one incremental didChange: the server checks the theme
    // again and publishes its diagnostics before handle returns.
    const int name_line = line_of(text, "    name: Этап 7\n");
    std::vector<double> diagnostics;
    long rss_early = 0;
    for (int i = 0; i < edits; ++i) {
        const std::string name = i % 2 ? "Этап 7" : "Этап семь";
        const lsp::Json change{
            {"range",
             {{"start", {{"line", name_line}, {"character", 10}}},
              {"end", {{"line", name_line}, {"character", 10 + (i % 2 ? 9 : 6)}}}}},
            {"text", name}};
        const auto start = Clock::now();
        const auto out = server.handle(message(
            "textDocument/didChange",
            {{"textDocument", {{"uri", uri}, {"version", i + 2}}}, {"contentChanges", {change}}}));
        diagnostics.push_back(ms_since(start));
        // What was published is the check of this very version.
        if (out.empty() || out.back().value("method", "") != "textDocument/publishDiagnostics" ||
            out.back()["params"].value("version", 0) != i + 2) {
            std::fprintf(stderr, "bench_lsp: edit %d was not checked\n", i);
            return 1;
        }
        if (i == 99) rss_early = resident_kb();
    }
    const long rss_late = resident_kb();

    // Completion of a stage id in the `next` of stage s1 (`    next: [s2]`).
    std::vector<double> completion;
    for (int i = 0; i < 500; ++i) {
        const auto start = Clock::now();
        const auto out = server.handle(message(
            "textDocument/completion",
            {{"textDocument", {{"uri", uri}}},
             {"position", {{"line", line_of(text, "    next: [s2]\n")}, {"character", 12}}}},
            2 + i));
        completion.push_back(ms_since(start));
        const auto& result = out.size() == 1 ? out[0]["result"] : lsp::Json();
        const auto& items = result.is_object() ? result["items"] : result;
        if (!items.is_array() || items.size() < k_stages) {
            std::fprintf(stderr, "bench_lsp: completion failed\n");
            return 1;
        }
    }

    const Figures f = figures(floor);
    const Figures d = figures(diagnostics);
    const Figures c = figures(completion);
    std::printf("theme            %d stages, %zu bytes\n", k_stages, text.size());
    std::printf("floor (parse)    median %.2f ms, p95 %.2f ms\n", f.median, f.p95);
    std::printf(
        "diagnostics      median %.2f ms, p95 %.2f ms over %d edits (target 20 ms); "
        "%.1fx the floor\n",
        d.median, d.p95, edits, d.median / f.median);
    std::printf("completion       median %.3f ms, p95 %.3f ms (target 10 ms)\n", c.median, c.p95);
    std::printf("resident memory  %ld KB after 100 edits, %ld KB after %d (%+ld KB)\n", rss_early,
                rss_late, edits, rss_late - rss_early);
    return 0;
}
