#pragma once
/// The parts of a theme, as far as checks are concerned: the loader records
/// which of them did not load cleanly (a structural error inside them), each
/// rule says which it reads, and a rule runs only when all of its parts are
/// sound. One typo'd boolean in `parameters` then silences the rules that read
/// the parameters, not the stage checks three lines below.
namespace reltheme {

enum class ThemePart : unsigned {
    Header = 1u << 0,          ///< reltheme, id, name, type, description, instruction, script
    MaxDuration = 1u << 1,     ///< max_duration
    DeadlineChange = 1u << 2,  ///< deadline_change
    Stages = 1u << 3,          ///< the list and each stage's keys but next and deadline
    Transitions = 1u << 4,     ///< each stage's next
    Deadlines = 1u << 5,       ///< each stage's deadline
    Outcomes = 1u << 6,
    Documents = 1u << 7,
    Fields = 1u << 8,
    Parameters = 1u << 9,
};

/// A set of parts.
class ThemeParts {
  public:
    constexpr ThemeParts() = default;
    constexpr ThemeParts(ThemePart p) : m_bits(static_cast<unsigned>(p)) {}  // NOLINT
    static constexpr ThemeParts all() { return from_bits((1u << 10) - 1); }
    /// The stage list with everything inside its stages.
    static constexpr ThemeParts stage_list() {
        return ThemeParts(ThemePart::Stages) | ThemePart::Transitions | ThemePart::Deadlines;
    }

    constexpr ThemeParts operator|(ThemeParts o) const { return from_bits(m_bits | o.m_bits); }
    constexpr ThemeParts& operator|=(ThemeParts o) {
        m_bits |= o.m_bits;
        return *this;
    }
    constexpr bool intersects(ThemeParts o) const { return (m_bits & o.m_bits) != 0; }
    constexpr bool empty() const { return m_bits == 0; }
    friend constexpr bool operator==(ThemeParts, ThemeParts) = default;

  private:
    static constexpr ThemeParts from_bits(unsigned bits) {
        ThemeParts p;
        p.m_bits = bits;
        return p;
    }
    unsigned m_bits = 0;
};

constexpr ThemeParts operator|(ThemePart a, ThemePart b) {
    return ThemeParts(a) | b;
}

}  // namespace reltheme
