
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
'support-card.emergency-name': `112 – in an emergency`,
'support-card.emergency-sms': `Texting 112 only works if you have registered in advance. It is for you if you are deaf, hard of hearing or have a speech impairment.`,
'support-card.emergency-text': `Call 112 if someone is in danger right now, for example if you have been hit and the person is still with you.`,
'support-card.eves': `Midsummer Eve, Christmas Eve and New Year’s Eve`,
'support-card.free': `Free of charge`,
'support-card.holiday-unknown': `No opening hours given for public holidays`,
'support-card.holidays': `public holidays`,
'support-card.hours-always': `Around the clock, every day.`,
'support-card.hours-closed': `closed`,
'support-card.hours-unknown': `hours not known`,
'support-card.interpreter': `An interpreter can join the call`,
'support-card.language-en': `English`,
'support-card.language-sv': `Swedish`,
'support-card.languages': str`Languages: ${0}`,
'support-card.list-and': `and`,
'support-card.loading': `Loading more contacts …`,
'support-card.local-failed': `The local contacts cannot be shown right now. You can still reach the support lines above.`,
'support-card.local-failed-emergency': `The local contacts cannot be shown right now. Call 112 in an emergency.`,
'support-card.more': `More information`,
'support-card.national.se-1177.description': `Here you get healthcare advice, for example if you have been hurt by violence. Is a life in danger? Call 112.`,
'support-card.national.se-1177.name': `1177 – healthcare advice`,
'support-card.national.se-1177.note': `You do not have to give your personal identity number. The call is recorded and the advice is written into your medical record. Which languages you can choose differs between regions.`,
'support-card.national.se-bris.description': `For you if you are under 18. You can call, e-mail or chat at bris.se.`,
'support-card.national.se-bris.name': `Bris – children's helpline`,
'support-card.national.se-hedersfortryck-yrkesverksamma.description': `Advice for you if you meet honour-related violence and oppression in your work or as a volunteer.`,
'support-card.national.se-hedersfortryck-yrkesverksamma.name': `National honour-violence advice line for professionals`,
'support-card.national.se-hedersfortryck-yrkesverksamma.note': `Do not say who the case is about: give no names or personal identity numbers.`,
'support-card.national.se-jourer-unizon.description': `Local support services for women, girls and young people where you can get support by phone, chat or in person. You can find the nearest one at unizonjourer.se.`,
'support-card.national.se-jourer-unizon.name': `Unizon – support services for women, girls and young people`,
'support-card.national.se-kvinno-tjejjourer-roks.description': `Local support services for women and girls that you can call and sometimes chat with. The girls’ support services are for you if you are 10–30. You can find the nearest one at roks.se.`,
'support-card.national.se-kvinno-tjejjourer-roks.name': `Roks – support services for women and girls`,
'support-card.national.se-kvinnofridslinjen.description': `For you if you are a woman and are subjected to threats, violence or sexual abuse. You can also call if you are a relative or meet violence in your work.`,
'support-card.national.se-kvinnofridslinjen.name': `Kvinnofridslinjen – national helpline for women`,
'support-card.national.se-polisen-11414.description': `For you if you want to contact the police when it is not urgent. Is a crime happening right now? Call 112.`,
'support-card.national.se-polisen-11414.name': `Police non-emergency 114 14`,
'support-card.national.se-ratt-att-valja.description': `For you, whatever your age, if you are subjected to, or at risk of, honour-related violence and oppression. You can also call if you are a relative.`,
'support-card.national.se-ratt-att-valja.name': `Rätt att välja – honour-related violence helpline`,
'support-card.national.se-stodlinjen-man.description': `For you if you are a man aged 18 or over and are subjected to violence in a close relationship or to sexual violence. You can also call if you are a relative or meet violence in your work.`,
'support-card.national.se-stodlinjen-man.name': `Support line for men`,
'support-card.national.se-stodlinjen-transpersoner.description': `For you if you are trans, non-binary or have trans experience, are aged 18 or over and are subjected to violence in a close relationship or to sexual violence. You can also call if you are a relative or meet violence in your work.`,
'support-card.national.se-stodlinjen-transpersoner.name': `Support line for trans people`,
'support-card.not-on-bill': `Does not show on the phone bill`,
'support-card.open': `Open now`,
'support-card.open-until': str`Open now – closes ${0}`,
'support-card.sms': `Send a text`,
'support-card.swedish-time': `Times are Swedish time.`,
'support-card.undated': `The source does not say when the information was checked.`,
    };
  