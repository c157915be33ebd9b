// A cookie-consent modal as many React sites build it: Headless UI's Dialog, open on arrival
// (`?consent`). While it is open, Headless UI makes the rest of the page inert and hides it from
// assistive technology (`inert` and `aria-hidden` on #root), and traps focus in the dialog.
// test/quick-exit/navigation.test.ts checks that the quick exit still leaves from here.
import { Dialog, DialogPanel, DialogTitle } from '@headlessui/react';
import { useState } from 'react';
import { ConsentText } from './ConsentText.js';

export function Consent() {
  const [open, setOpen] = useState(() => new URLSearchParams(location.search).has('consent'));
  return (
    <Dialog
      open={open}
      onClose={() => {
        setOpen(false);
      }}
    >
      <div style={{ position: 'fixed', inset: 0, background: 'rgb(0 0 0 / 0.4)' }} aria-hidden="true" />
      <div style={{ position: 'fixed', inset: 0, display: 'grid', placeItems: 'center' }}>
        <DialogPanel style={{ background: '#fff', padding: '1rem', maxInlineSize: '30rem' }}>
          <DialogTitle>Kakor</DialogTitle>
          <ConsentText
            onAccept={() => {
              setOpen(false);
            }}
          />
        </DialogPanel>
      </div>
    </Dialog>
  );
}
