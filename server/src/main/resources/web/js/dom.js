// Building DOM nodes safely: every value from the API goes in as text, never as HTML.

/**
 * Creates an element. `props` sets properties (className, href, hidden, ...), with two extras:
 * `attrs` for attributes (aria-*, data-*) and `text` for textContent. Children may be nodes,
 * strings (added as text) or null (skipped).
 */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  const { attrs = {}, text, ...rest } = props;
  Object.assign(element, rest);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined && value !== false) {
      element.setAttribute(name, value === true ? "" : String(value));
    }
  }
  if (text !== undefined) {
    element.textContent = text;
  }
  append(element, children);
  return element;
}

/** Appends nodes and strings (as text) to `parent`, skipping null and undefined. */
export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined) {
      parent.append(child);
    }
  }
  return parent;
}

/** Replaces the children of `parent`. */
export function replace(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

const ENTITY = /&(amp|lt|gt|quot|#39|#x[0-9a-fA-F]{1,6}|#[0-9]{1,7});/g;
const NAMED = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };
const MARK = /(<mark>|<\/mark>)/;

/** Decodes the few entities the server's escaper writes; anything else stays as it is. */
function decode(text) {
  return text.replace(ENTITY, (whole, name) => {
    if (name in NAMED) {
      return NAMED[name];
    }
    const code = name[1] === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * A highlighted snippet as DOM nodes. Snippets arrive HTML-escaped with only `<mark>` and
 * `</mark>` live; they are rebuilt here as text nodes and <mark> elements, never parsed as HTML.
 * A snippet holding any other tag, or unbalanced marks, is shown as plain text without marks.
 */
export function marked(snippet) {
  const fragment = document.createDocumentFragment();
  const parts = String(snippet ?? "").split(MARK);
  const nodes = [];
  let open = false;
  for (const part of parts) {
    if (part === "<mark>" || part === "</mark>") {
      if (open === (part === "<mark>")) {
        return plain(parts);
      }
      open = !open;
    } else if (part.includes("<") || part.includes(">")) {
      return plain(parts);
    } else if (part) {
      const text = document.createTextNode(decode(part));
      nodes.push(open ? h("mark", {}, text) : text);
    }
  }
  if (open) {
    return plain(parts);
  }
  fragment.append(...nodes);
  return fragment;
}

function plain(parts) {
  const text = parts.filter((part) => part !== "<mark>" && part !== "</mark>").join("");
  return document.createTextNode(decode(text));
}
