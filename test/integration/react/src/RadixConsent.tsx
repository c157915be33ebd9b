// The same cookie-consent modal built with Radix's Dialog (under shadcn/ui and many React sites),
// open on arrival (`?radix-consent`). While it is open, Radix hides everything outside the dialog from
// assistive technology (`aria-hidden` on #root, not `inert`), sets `pointer-events: none` on <body>,
// traps focus in the dialog and closes it on a press outside its content.
// test/quick-exit/navigation.test.ts checks that the quick exit still leaves from here.
import * as Dialog from '@radix-ui/react-dialog';
import { useState } from 'react';
import { ConsentText } from './ConsentText.js';

export function RadixConsent() {
  const [open, setOpen] = useState(() => new URLSearchParams(location.search).has('radix-consent'));
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Portal>
        <Dialog.Overlay style={{ position: 'fixed', inset: 0, background: 'rgb(0 0 0 / 0.4)' }} />
        <Dialog.Content
          aria-describedby={undefined}
          style={{
            position: 'fixed',
            inset: '30% 10% auto',
            background: '#fff',
            padding: '1rem',
            maxInlineSize: '30rem',
            marginInline: 'auto',
          }}
        >
          <Dialog.Title>Kakor</Dialog.Title>
          <ConsentText
            onAccept={() => {
              setOpen(false);
            }}
          />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
