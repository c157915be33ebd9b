// A React 19 app as a municipality's developer writes it: the wrappers of trygg-kit/react, and one
// element used directly in JSX (typed by trygg-kit/jsx); on `?consent`, a Headless UI cookie modal (Consent.tsx),
// on `?aria-consent` the same built with React Aria (AriaConsent.tsx), on `?radix-consent` with Radix
// (RadixConsent.tsx); on `?aria-menu`, a menu that React Aria's FocusScope keeps the focus in (AriaMenu.tsx).
import { useState } from 'react';
import type {} from 'trygg-kit/jsx';
import { TryggPlanTimeline, TryggQuickExit, TryggSupportCard, TryggTrainingBadge } from 'trygg-kit/react';
import type { DataErrorDetail, ExitDetail } from 'trygg-kit';
import { badContacts, contacts, plan, training } from '../../common/data.js';
import { AriaConsent } from './AriaConsent.js';
import { AriaMenu } from './AriaMenu.js';
import { Consent } from './Consent.js';
import { RadixConsent } from './RadixConsent.js';

export function App() {
  const [dataError, setDataError] = useState<DataErrorDetail>();
  const [exit, setExit] = useState<ExitDetail>();
  return (
    <main>
      <TryggQuickExit
        href="https://www.smhi.se/"
        onTryggExit={(event) => {
          setExit(event.detail);
        }}
      >
        <a href="https://www.smhi.se/">Lämna sidan snabbt</a>
      </TryggQuickExit>
      <h1>Stöd och handlingsplan</h1>
      <TryggSupportCard id="card" data={contacts} audience="victim" headingLevel={2} />
      <TryggSupportCard
        id="bad-card"
        data={badContacts}
        hideNational
        onTryggDataError={(event) => {
          setDataError(event.detail);
        }}
      />
      <TryggTrainingBadge id="training" data={training} layout="card" />
      <TryggPlanTimeline id="plan" data={plan} />
      <trygg-training-badge id="direct" label="Grundutbildning" value={84} max={120} target={90} />
      <p>
        Fel i data: <output id="data-error">{dataError?.message ?? ''}</output>
      </p>
      <p>
        Lämnade mot: <output id="exit">{exit ? `${exit.href} (${exit.trigger})` : ''}</output>
      </p>
      <Consent />
      <AriaConsent />
      <RadixConsent />
      <AriaMenu />
    </main>
  );
}
