
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'support-card.always': `Open 24 hours`,
'support-card.anonymous': `You can stay anonymous`,
'support-card.call': `Call`,
'support-card.chat': `Chat`,
'support-card.checked': str`Last checked: ${0}.`,
'support-card.closed': `Closed now`,
'support-card.closed-until': str`Closed – opens ${0}`,
'support-card.details': `Source`,
'support-card.details-hours': `Opening hours and source`,
'support-card.emergency-name': `112 – in an emergency`,
'support-card.emergency-sms': `Texting 112 only works if you have registered in advance. It is for people who are deaf, hard of hearing or have a speech impairment.`,
'support-card.emergency-text': `Call 112 if someone is in danger right now, for example if you have been hit and the person is still with you.`,
'support-card.eves': `Midsummer Eve, Christmas Eve and New Year’s Eve`,
'support-card.free': `Free of charge`,
'support-card.holidays': `public holidays`,
'support-card.hours-always': `Around the clock, every day.`,
'support-card.hours-closed': `closed`,
'support-card.hours-unknown': `hours not known`,
'support-card.interpreter': `An interpreter can join the call`,
'support-card.languages': str`Languages: ${0}`,
'support-card.loading': `Loading more contacts …`,
'support-card.not-on-bill': `Does not show on the phone bill`,
'support-card.open': `Open now`,
'support-card.open-until': str`Open now – closes ${0}`,
'support-card.sms': `Text`,
'support-card.swedish-time': `Times are Swedish time.`,
'support-card.undated': `The source does not say when the information was checked.`,
    };
  