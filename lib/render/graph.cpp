#include "render/graph.h"

#include <fmt/format.h>

#include "render/escape.h"

namespace reltheme::render {
namespace {

// Colours shared by both outputs: dark slate lines, a light fill.
constexpr const char* k_line = "#2d3748";
constexpr const char* k_fill = "#f7fafc";

}  // namespace

std::vector<GraphEdge> stage_edges(const Theme& theme) {
    const int n = static_cast<int>(theme.stages.size());
    std::vector<std::vector<GraphEdge>> out(n);
    const StageIndex stage_index(theme);
    for (int i = 0; i < n; ++i) {
        for (const auto& t : theme.stages[i].next) {
            const int to = stage_index(t.to.value);
            if (to < 0) continue;
            GraphEdge e{i, to, std::nullopt, false};
            if (t.probability) e.probability = t.probability->value;
            out[i].push_back(e);
        }
    }
    // Depth-first from the first stage, then from each stage not yet seen in
    // file order; an edge to a stage on the current path is a back-edge.
    enum class Mark { New, OnPath, Done };
    std::vector<Mark> mark(n, Mark::New);
    struct Frame {
        int stage;
        std::size_t next_edge;
    };
    for (int root = 0; root < n; ++root) {
        if (mark[root] != Mark::New) continue;
        std::vector<Frame> stack{{root, 0}};
        mark[root] = Mark::OnPath;
        while (!stack.empty()) {
            Frame& f = stack.back();
            if (f.next_edge == out[f.stage].size()) {
                mark[f.stage] = Mark::Done;
                stack.pop_back();
                continue;
            }
            GraphEdge& e = out[f.stage][f.next_edge++];
            if (mark[e.to] == Mark::OnPath) {
                e.back = true;
            } else if (mark[e.to] == Mark::New) {
                mark[e.to] = Mark::OnPath;
                stack.push_back({e.to, 0});
            }
        }
    }
    std::vector<GraphEdge> edges;
    for (auto& list : out) edges.insert(edges.end(), list.begin(), list.end());
    return edges;
}

std::string stage_caption(const Stage& stage, Lang lang) {
    return stage.deadline ? duration_words(stage.deadline->value, lang) : std::string();
}

std::string to_mermaid(const Theme& theme, Lang lang) {
    // Nodes are named s1, s2, ... so that no stage id can clash with Mermaid's
    // keywords (`end`, `graph`, `style` ...); the label carries the name.
    std::string out;
    out += fmt::format("%% Stage graph of theme \"{}\" (reltheme render --to mermaid)\n",
                       mermaid_escape(theme.id.value));
    out += "flowchart LR\n";
    if (!theme.stages.empty()) out += "    entry((\" \")):::start\n";
    for (std::size_t i = 0; i < theme.stages.size(); ++i) {
        const Stage& s = theme.stages[i];
        std::string label = mermaid_escape(s.name.value);
        const std::string caption = stage_caption(s, lang);
        if (!caption.empty()) label += "<br>" + mermaid_escape(caption);
        if (s.is_final()) {
            out += fmt::format("    s{}([\"{}\"]):::final\n", i + 1, label);
        } else {
            out += fmt::format("    s{}[\"{}\"]\n", i + 1, label);
        }
    }
    if (!theme.stages.empty()) out += "    entry --> s1\n";
    for (const auto& e : stage_edges(theme)) {
        const char* arrow = e.back ? "-.->" : "-->";
        if (e.probability) {
            out += fmt::format("    s{} {}|\"{}\"| s{}\n", e.from + 1, arrow,
                               mermaid_escape(percent(*e.probability, lang)), e.to + 1);
        } else {
            out += fmt::format("    s{} {} s{}\n", e.from + 1, arrow, e.to + 1);
        }
    }
    out += fmt::format("    classDef start fill:{0},stroke:{0}\n", k_line);
    out += "    classDef final stroke-width:3px\n";
    return out;
}

std::string to_dot(const Theme& theme, Lang lang, const DotOptions& options) {
    // Stage ids are node names (they cannot start with '_', so "_start" is free).
    const char* font = "Helvetica,Arial,sans-serif";
    std::string out;
    out += fmt::format(
        "// Stage graph of theme \"{}\" (reltheme render --to dot); draw it with dot -Tsvg\n",
        dot_escape(theme.id.value));
    out += fmt::format("digraph \"{}\" {{\n", dot_escape(theme.id.value));
    out +=
        fmt::format("    graph [rankdir=LR, nodesep=0.35, ranksep=0.45, fontname=\"{}\"];\n", font);
    out += fmt::format(
        "    node [shape=box, style=\"rounded,filled\", color=\"{}\", fillcolor=\"{}\", "
        "fontname=\"{}\", fontsize=11];\n",
        k_line, k_fill, font);
    out += fmt::format("    edge [color=\"{}\", fontname=\"{}\", fontsize=10];\n", k_line, font);
    if (!theme.stages.empty()) {
        out += fmt::format(
            "    \"_start\" [shape=circle, label=\"\", width=0.16, style=filled, "
            "fillcolor=\"{}\"];\n",
            k_line);
    }
    for (const auto& s : theme.stages) {
        std::string label = dot_escape(s.name.value);
        const std::string caption = stage_caption(s, lang);
        if (!caption.empty()) label += "\\n" + dot_escape(caption);
        std::string attrs = fmt::format("label=\"{}\"", label);
        if (s.is_final()) attrs += ", peripheries=2";
        if (options.link_stages) {
            attrs += fmt::format(", URL=\"#stage-{}\", tooltip=\"{}\"", dot_escape(s.id.value),
                                 dot_escape(s.instruction ? s.instruction->value : s.name.value));
        }
        out += fmt::format("    \"{}\" [{}];\n", dot_escape(s.id.value), attrs);
    }
    if (!theme.stages.empty()) {
        out +=
            fmt::format("    \"_start\" -> \"{}\";\n", dot_escape(theme.stages.front().id.value));
    }
    for (const auto& e : stage_edges(theme)) {
        std::string attrs;
        if (e.probability)
            attrs += fmt::format("label=\"{}\"", dot_escape(percent(*e.probability, lang)));
        if (e.back) attrs += std::string(attrs.empty() ? "" : ", ") + "style=dashed";
        out += fmt::format("    \"{}\" -> \"{}\"{};\n", dot_escape(theme.stages[e.from].id.value),
                           dot_escape(theme.stages[e.to].id.value),
                           attrs.empty() ? "" : " [" + attrs + "]");
    }
    out += "}\n";
    return out;
}

}  // namespace reltheme::render
