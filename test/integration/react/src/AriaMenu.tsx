// A mobile menu as a React Aria site builds one without a dialog: a `<nav>` in a `FocusScope` that
// contains the focus (`contain`, `autoFocus`, `restoreFocus`), open on arrival (`?aria-menu`). It
// has no role, says nothing is modal and marks nothing: React Aria takes Tab at the menu's last
// control and sends it round to its first, and takes back a focus that goes out.
// test/quick-exit/navigation.test.ts checks that Tab still reaches the quick exit from here.
import { useState } from 'react';
import { FocusScope } from 'react-aria';

export function AriaMenu() {
  const [open, setOpen] = useState(() => new URLSearchParams(location.search).has('aria-menu'));
  return open ? (
    <FocusScope contain autoFocus restoreFocus>
      <nav
        aria-label="Meny"
        style={{ position: 'fixed', insetBlockStart: '6rem', insetInline: '1rem', background: '#fff' }}
      >
        <ul>
          <li>
            <a href="#stod">Stöd</a>
          </li>
          <li>
            <a href="#kontakt">Kontakt</a>
          </li>
        </ul>
        <button
          type="button"
          onClick={() => {
            setOpen(false);
          }}
        >
          Stäng menyn
        </button>
      </nav>
    </FocusScope>
  ) : null;
}
