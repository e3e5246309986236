#pragma once
// Showing Arabic in a terminal. A terminal line mixes a left-to-right frame (labels, scores) with
// right-to-left text that itself holds Latin words and numbers (CENTCOM, F-16, 2024); without
// care the Unicode Bidirectional Algorithm (UAX #9) lets the pieces run into each other.
// - Terminals that implement bidi (GNOME Terminal/VTE, Konsole, mlterm) get the text wrapped in a
//   directional isolate (RLI/LRI ... PDI, Unicode 6.3): its inside is ordered on its own, in the
//   direction of its dominant script, and the frame around it stays in place.
// - Terminals that do not (xterm, most others) show characters in memory order: for them the line
//   is reordered into visual order and Arabic letters are shaped into presentation forms, which is
//   what such a terminal cannot do itself.

#include <cstddef>
#include <string>
#include <string_view>

namespace mizan::text {

/// `text` inside an isolate of its dominant script's direction; unchanged when it has no
/// right-to-left character (nothing can go wrong then).
std::string bidi_isolate(std::string_view text);

/// `text` in visual order for a left-to-right terminal without bidi support: UAX #9 with the
/// paragraph direction of its dominant script, mirrored brackets, shaped Arabic, bidi controls
/// removed.
std::string bidi_visual(std::string_view text);

/// True when `text` has a right-to-left character (Arabic, Hebrew, Syriac, Thaana, N'Ko...).
bool has_rtl(std::string_view text);

/// Columns `text` takes in a terminal: combining marks, format and control characters none,
/// East Asian wide and full-width characters two, others one.
std::size_t display_width(std::string_view text);

/// The longest prefix of `text` no wider than `columns`, cut between code points and never
/// between a letter and its combining marks.
std::string_view truncate_to_width(std::string_view text, std::size_t columns);

/// The longest suffix of `text` no wider than `columns` (for left context in concordances).
std::string_view truncate_to_width_from_end(std::string_view text, std::size_t columns);

}  // namespace mizan::text
