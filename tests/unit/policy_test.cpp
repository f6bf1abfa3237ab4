// A rule's level for one file: its own severity, the project file's `rules:`,
// then `--select` / `--ignore`, which win over the project file as ruff's do.
#include "check/policy.h"

#include <doctest/doctest.h>

using namespace reltheme;

namespace {

ProjectConfig config_with(const std::string& rule, bool off, Severity severity) {
    ProjectConfig config;
    RuleLevel level;
    level.off = off;
    level.severity = severity;
    config.rules[rule] = level;
    return config;
}

std::string describe(const EffectiveLevel& l) {
    if (l.off) return "off (" + l.source + ")";
    return std::string(l.severity ? to_string(*l.severity) : "default") + " (" + l.source + ")";
}

}  // namespace

TEST_CASE("without a selection, the project file's level holds") {
    const ProjectConfig config = config_with("dead-end", false, Severity::Warning);
    CHECK(describe(effective_level("dead-end", "a.yaml", config, {})) == "warning (rules)");
    CHECK(describe(effective_level("unknown-stage", "a.yaml", config, {})) == "default (default)");
    CHECK(describe(effective_level("unknown-stage", "a.yaml",
                                   config_with("unknown-stage", true, Severity::Error), {})) ==
          "off (rules)");
}

TEST_CASE("--select reports only what it names, and wins over the project file's off") {
    const ProjectConfig config = config_with("missing-instruction", true, Severity::Warning);
    const RuleSelection select{{"missing-instruction", "validate"}, {}};
    CHECK(describe(effective_level("missing-instruction", "a.yaml", config, select)) ==
          "default (--select)");
    CHECK(describe(effective_level("unknown-stage", "a.yaml", config, select)) ==
          "default (--select)");
    CHECK(describe(effective_level("long-name", "a.yaml", config, select)) == "off (--select)");
    CHECK(describe(effective_level("schema", "a.yaml", config, select)) == "off (--select)");
    // The severity the project file gives a rule stays when it is selected.
    const ProjectConfig warned = config_with("unknown-stage", false, Severity::Warning);
    CHECK(describe(effective_level("unknown-stage", "a.yaml", warned, select)) ==
          "warning (--select)");
}

TEST_CASE("a rule id weighs more than a group, and --ignore wins between equals") {
    const ProjectConfig config;
    CHECK(describe(effective_level("unknown-stage", "a.yaml", config,
                                   {{"unknown-stage"}, {"validate"}})) == "default (--select)");
    CHECK(describe(effective_level("dead-end", "a.yaml", config,
                                   {{"unknown-stage"}, {"validate"}})) == "off (--ignore)");
    CHECK(describe(effective_level("unknown-stage", "a.yaml", config,
                                   {{"validate"}, {"unknown-stage"}})) == "off (--ignore)");
    CHECK(describe(effective_level("unknown-stage", "a.yaml", config,
                                   {{"unknown-stage"}, {"unknown-stage"}})) == "off (--ignore)");
    CHECK(describe(effective_level("long-name", "a.yaml", config, {{}, {"lint"}})) ==
          "off (--ignore)");
    CHECK(describe(effective_level("dead-end", "a.yaml", config, {{}, {"lint"}})) ==
          "default (default)");
}

TEST_CASE("--select and --ignore accept rule ids and groups, with a did-you-mean") {
    CHECK(selection_error("unknown-stage").empty());
    CHECK(selection_error("structure").empty());
    CHECK(selection_error("lint").empty());
    CHECK(selection_error("unknown-stag") ==
          "\"unknown-stag\" is not a rule id or group (structure, validate, lint); did you mean "
          "\"unknown-stage\"?");
    CHECK(selection_error("stage-removed") ==
          "\"stage-removed\" is not a rule id or group (structure, validate, lint)");
}

TEST_CASE("overrides apply to the files their globs match, the later over the earlier") {
    ProjectConfig config = config_with("long-name", false, Severity::Error);
    config.root = "/project";
    RuleLevel off;
    off.off = true;
    RuleLevel info;
    info.severity = Severity::Info;
    config.overrides.push_back({{"themes/legacy/**"}, {{"long-name", off}}});
    config.overrides.push_back({{"themes/legacy/kept.yaml"}, {{"long-name", info}}});
    CHECK(describe(effective_level("long-name", "/project/themes/a.yaml", config, {})) ==
          "error (rules)");
    CHECK(describe(effective_level("long-name", "/project/themes/legacy/old.yaml", config, {})) ==
          "off (overrides[0])");
    CHECK(describe(effective_level("long-name", "/project/themes/legacy/kept.yaml", config, {})) ==
          "info (overrides[1])");
    // The command line wins over the overrides too, at the severity the
    // project file last gave the rule.
    CHECK(describe(effective_level("long-name", "/project/themes/legacy/old.yaml", config,
                                   {{"long-name"}, {}})) == "error (--select)");
}
