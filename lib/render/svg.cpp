#include "render/svg.h"

#include "util/env.h"
#include "util/shared_library.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <memory>
#include <mutex>

#if defined(__SANITIZE_ADDRESS__)
// Graphviz lays text out through pango and fontconfig, whose caches live until
// the process ends; LeakSanitizer would report them at exit.
extern "C" const char* __lsan_default_suppressions() {
    return "leak:libfontconfig.so\n";
}
#endif

namespace reltheme::render {
namespace {

/// Graphviz reports problems through a process-wide callback; they are
/// collected here while one layout runs.
std::string& graphviz_messages() {
    static std::string messages;
    return messages;
}

int collect_message(char* text) {
    if (text) graphviz_messages() += text;
    return 0;
}

// The Graphviz functions used here. libgvc is opened with dlopen on the first
// SVG; libcgraph comes with it, and a lookup through libgvc's handle finds
// symbols in both.
#define RELTHEME_GRAPHVIZ_FUNCTIONS(X) \
    X(agseterrf)                       \
    X(agseterr)                        \
    X(agmemread)                       \
    X(agclose)                         \
    X(gvContext)                       \
    X(gvLayout)                        \
    X(gvRenderData)                    \
    X(gvFreeRenderData)                \
    X(gvFreeLayout)

struct Graphviz {
    RELTHEME_GRAPHVIZ_FUNCTIONS(RELTHEME_DLOPEN_SLOT)
    std::string error;
};

const Graphviz& graphviz() {
    static const Graphviz k_api =
        load_api<Graphviz>(RELTHEME_GVC_SONAME, "cannot lay out graphs without Graphviz",
                           [](SharedLibrary& library, Graphviz& api) {
                               RELTHEME_GRAPHVIZ_FUNCTIONS(RELTHEME_DLOPEN_BIND)
                           });
    return k_api;
}

std::string trimmed(std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    return s;
}

}  // namespace

GraphLimits GraphLimits::from_environment() {
    GraphLimits l;
    l.max_stages = env_size("RELTHEME_MAX_GRAPH_STAGES", l.max_stages);
    l.max_transitions = env_size("RELTHEME_MAX_GRAPH_TRANSITIONS", l.max_transitions);
    return l;
}

std::string graph_size_problem(const Theme& theme, const GraphLimits& limits) {
    std::size_t transitions = 0;
    for (const auto& s : theme.stages) transitions += s.next.size();
    if (theme.stages.size() > limits.max_stages)
        return "the theme has " + std::to_string(theme.stages.size()) +
               " stages, over the limit of " + std::to_string(limits.max_stages) +
               " for a laid-out graph (RELTHEME_MAX_GRAPH_STAGES); --to dot or --to mermaid "
               "still work";
    if (transitions > limits.max_transitions)
        return "the theme has " + std::to_string(transitions) + " transitions, over the limit of " +
               std::to_string(limits.max_transitions) +
               " for a laid-out graph (RELTHEME_MAX_GRAPH_TRANSITIONS); --to dot or --to mermaid "
               "still work";
    return {};
}

std::optional<std::string> dot_to_svg(std::string_view dot, std::string& error) {
    static std::mutex k_lock;
    const std::lock_guard<std::mutex> guard(k_lock);
    const Graphviz& gv = graphviz();
    if (!gv.error.empty()) {
        error = gv.error;
        return std::nullopt;
    }
    graphviz_messages().clear();
    const agusererrf previous = gv.agseterrf(collect_message);
    const agerrlevel_t previous_level = gv.agseterr(AGERR);  // warnings stay quiet

    struct Cleanup {
        const Graphviz& gv;
        agusererrf errf;
        agerrlevel_t level;
        ~Cleanup() {
            gv.agseterrf(errf);
            gv.agseterr(level);
        }
    } cleanup{gv, previous, previous_level};

    // One context for the whole process: Graphviz 2.42's text layout keeps a
    // font cache across contexts, and freeing one context then making another
    // reads freed memory (AddressSanitizer shows it in textspan_size).
    static GVC_t* const k_context = gv.gvContext();
    GVC_t* const gvc = k_context;
    if (!gvc) {
        error = "cannot start Graphviz";
        return std::nullopt;
    }
    const std::string text(dot);
    std::unique_ptr<Agraph_t, int (*)(Agraph_t*)> graph(gv.agmemread(text.c_str()), gv.agclose);
    if (!graph) {
        error = trimmed(graphviz_messages());
        if (error.empty()) error = "Graphviz cannot read the graph";
        return std::nullopt;
    }
    if (gv.gvLayout(gvc, graph.get(), "dot") != 0) {
        error = trimmed(graphviz_messages());
        if (error.empty())
            error = "Graphviz has no \"dot\" layout (is the graphviz package installed?)";
        return std::nullopt;
    }
    char* data = nullptr;
    unsigned int length = 0;
    const int rc = gv.gvRenderData(gvc, graph.get(), "svg", &data, &length);
    std::optional<std::string> svg;
    if (rc == 0 && data) {
        svg = std::string(data, length);
    } else {
        error = trimmed(graphviz_messages());
        if (error.empty()) error = "Graphviz cannot render SVG";
    }
    if (data) gv.gvFreeRenderData(data);
    gv.gvFreeLayout(gvc, graph.get());
    return svg;
}

std::string inline_svg(std::string_view svg_document) {
    const auto start = svg_document.find("<svg");
    if (start == std::string_view::npos) return std::string(svg_document);
    std::string out(svg_document.substr(start));
    while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
    return out;
}

}  // namespace reltheme::render
