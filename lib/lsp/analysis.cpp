#include "lsp/analysis.h"

namespace reltheme::lsp {

TextPosition View::to_lsp(const Position& p) const {
    if (p.line <= 0) return {};
    return m_doc.position_of(source().offset_of(p) + m_analysis.bom, m_encoding);
}

TextRange View::to_lsp(const Range& r) const {
    if (!r.valid()) return {};
    const TextPosition start = to_lsp(r.begin);
    const TextPosition end = r.end.line > 0 ? to_lsp(r.end) : start;
    return {start, end};
}

std::size_t View::offset_of(TextPosition p) const {
    const std::size_t at = m_doc.offset_of(p, m_encoding);
    return at < m_analysis.bom ? 0 : at - m_analysis.bom;
}

Position View::from_lsp(TextPosition p) const {
    return source().position_at(offset_of(p));
}

}  // namespace reltheme::lsp
