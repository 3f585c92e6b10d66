/**
 * A text whose number ranges (« 2026-2028 ») never end a line on their hyphen: each range is kept on one line,
 * the text reads the same (screen readers, searches by name).
 */
export function UnbrokenRanges({ text }: { text: string }) {
  return (
    <>
      {text.split(/(\d+-\d+)/).map((part, index) =>
        index % 2 === 1 ? (
          <span key={index} className="unbroken">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}
