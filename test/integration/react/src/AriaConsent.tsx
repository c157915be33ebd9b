// The same cookie-consent modal built with React Aria's hooks, as its documentation shows
// (`useModalOverlay` in an `Overlay`, `useDialog`), open on arrival (`?aria-consent`). React Aria
// makes everything outside the modal inert, and goes on marking inert whatever is added to
// <body> while the modal is open: the quick exit's stand-in too.
// test/quick-exit/navigation.test.ts checks that the quick exit still leaves from here.
import { useRef, type ReactNode } from 'react';
import { Overlay, useDialog, useModalOverlay } from 'react-aria';
import { useOverlayTriggerState, type OverlayTriggerState } from 'react-stately';
import { ConsentText } from './ConsentText.js';

function Modal({ state, children }: { state: OverlayTriggerState; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const { modalProps, underlayProps } = useModalOverlay({}, state, ref);
  return (
    <Overlay>
      <div
        {...underlayProps}
        style={{ position: 'fixed', inset: 0, background: 'rgb(0 0 0 / 0.4)', display: 'grid', placeItems: 'center' }}
      >
        <div {...modalProps} ref={ref} style={{ background: '#fff', padding: '1rem', maxInlineSize: '30rem' }}>
          {children}
        </div>
      </div>
    </Overlay>
  );
}

function ConsentDialog({ close }: { close: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const { dialogProps, titleProps } = useDialog({}, ref);
  return (
    <div {...dialogProps} ref={ref}>
      <h2 {...titleProps}>Kakor</h2>
      <ConsentText onAccept={close} />
    </div>
  );
}

export function AriaConsent() {
  const state = useOverlayTriggerState({
    defaultOpen: new URLSearchParams(location.search).has('aria-consent'),
  });
  return state.isOpen ? (
    <Modal state={state}>
      <ConsentDialog close={state.close} />
    </Modal>
  ) : null;
}
