"""Notes Markdown to HTML that is safe to show: the archive's pages and the notes page's preview share it.

CommonMark with raw HTML off (a ``<script>`` typed in a note stays text), images off (they would fetch from
elsewhere), and links kept only when they go to http, https or mailto.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token

SAFE_SCHEMES = ("http:", "https:", "mailto:")


def safe_link(url: str) -> bool:
    """Only http, https and mailto: no javascript:, data:, file: or relative surprises."""
    cleaned = "".join(ch for ch in url if ch > " ").lower()
    return cleaned.startswith(SAFE_SCHEMES)


def markdown_renderer() -> MarkdownIt:
    """CommonMark with raw HTML off, no images (they would fetch from elsewhere), safe links only."""
    md = MarkdownIt("commonmark", {"html": False})
    md.disable("image")
    md.validateLink = safe_link  # type: ignore[method-assign]
    return md


class NoteRenderer:
    """Markdown to safe HTML, with headings moved down so a note's ``#`` sits under the page's own."""

    def __init__(self, shift: int = 2) -> None:
        self.md = markdown_renderer()
        self.shift = shift

    def tokens(self, text: str) -> list[Token]:
        return self.md.parse(text)

    def html(self, text: str) -> str:
        return self.both(text)[0]

    def plain(self, text: str) -> str:
        """The words a reader sees, one block per line, for the search index."""
        return self.both(text)[1]

    def both(self, text: str) -> tuple[str, str]:
        """The safe HTML and the plain words of one note, parsing it once."""
        tokens = self.tokens(text)
        blocks: list[str] = []
        for token in tokens:
            if token.type in ("heading_open", "heading_close"):
                token.tag = f"h{min(6, int(token.tag[1]) + self.shift)}"
            elif token.type == "inline":
                words = []
                for child in token.children or []:
                    if child.type in ("text", "code_inline"):
                        words.append(child.content)
                    elif child.type in ("softbreak", "hardbreak"):
                        words.append(" ")
                    elif child.type == "link_open":
                        child.attrSet("rel", "noopener noreferrer nofollow")
                blocks.append("".join(words))
            elif token.type in ("code_block", "fence"):
                blocks.append(" ".join(token.content.split()))
        html = str(self.md.renderer.render(tokens, self.md.options, {}))
        return html, "\n".join(block for block in blocks if block.strip())
