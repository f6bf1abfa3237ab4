#pragma once
/// Every name a theme shows to people, with what it names, for the style
/// rules that look at names alike.
#include <string>
#include <vector>

#include "model/theme.h"

namespace reltheme {

struct NamedItem {
    const char* kind;  ///< "theme", "stage", "outcome", "document" or "field"
    const std::string* id;
    const Located<std::string>* name;
};

/// The theme's name, then its stages', outcomes', documents' and fields', in
/// file order within each list.
std::vector<NamedItem> named_items(const Theme& theme);

/// `stage "new"` for messages.
std::string item_label(const NamedItem& item);

}  // namespace reltheme
