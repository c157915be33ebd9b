// What each cookie-consent modal of the app says and its one button (Consent.tsx, AriaConsent.tsx,
// RadixConsent.tsx): the same content, built with a different library each.
export function ConsentText({ onAccept }: { onAccept: () => void }) {
  return (
    <>
      <p>Vi använder kakor för att webbplatsen ska fungera.</p>
      <button type="button" onClick={onAccept}>
        Godkänn
      </button>
    </>
  );
}
