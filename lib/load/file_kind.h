#pragma once
/// What a YAML file of the project is, from its marker key: themes start with
/// `reltheme: 1`; scenarios, models and sample deals for document previews
/// sit beside them with `reltheme-scenario: 1`, `reltheme-model: 1` and
/// `reltheme-deal: 1`. Every command that meets a file of another kind asks
/// here (folders are linted, scenarios found, themes loaded).
#include <optional>
#include <string_view>

#include "load/node_reader.h"
#include "load/yaml_doc.h"

namespace reltheme {

enum class FileKind { Theme, Scenario, Model, Deal };

/// A marker key found at the start of a line, outside any mapping's indent.
struct FileMarker {
    FileKind kind = FileKind::Theme;
    int line = 0;          ///< 1-based
    std::string_view key;  ///< `reltheme-model`
};

/// The first marker key of a file that is not a theme (a byte-order mark
/// before it is allowed), or nullopt: no marker, or a `reltheme:` line
/// anywhere, which makes the file a theme that is checked as one.
std::optional<FileMarker> file_marker(std::string_view text);

/// The kind of the file: its marker's, else a theme.
FileKind file_kind(std::string_view text);

/// "scenario", "model", "deal" or "theme", for messages.
std::string_view kind_name(FileKind kind);

/// The marker key of a kind (`reltheme-deal`); `reltheme` for a theme.
std::string_view marker_key(FileKind kind);

/// What a marked file is, in the run's language: `subject.<kind><form>` of
/// the catalogue, where `form` is "" (`a scenario`), "-the" (`the
/// scenario`), "-file" (`a scenario file`) or "-version" (`scenario format
/// version`).
i18n::Subject kind_subject(FileKind kind, std::string_view form = {});

/// The start of reading a marked file: its root is not empty (the catalogue's
/// `needs.<kind>` says what a file of the kind must have: "reltheme-model and
/// stages") and is a mapping. Reports through `r`; false when reading cannot
/// go on.
bool read_marked_root(NodeReader& r, const YNode* root, FileKind kind);

/// The marker key of a marked file's root: present, and format version 1
/// (`unsupported-version` otherwise).
void read_marker_version(NodeReader& r, const YNode& root, FileKind kind);

}  // namespace reltheme
