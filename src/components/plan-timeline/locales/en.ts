
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'plan-timeline.all': `All`,
'plan-timeline.as-list': `Show as a list`,
'plan-timeline.audience': `Audience`,
'plan-timeline.cancelled': `Cancelled`,
'plan-timeline.cap': str`The plan has ${0} items. The first ${1} are shown here.`,
'plan-timeline.child': `Children and young people`,
'plan-timeline.clear': `Show all`,
'plan-timeline.comma': `,`,
'plan-timeline.count': str`Showing ${0} of ${1}`,
'plan-timeline.decision': `Decision`,
'plan-timeline.delayed': `Delayed`,
'plan-timeline.done': `Done`,
'plan-timeline.empty': `The plan has no items yet.`,
'plan-timeline.example': `Example`,
'plan-timeline.filter': `Filter`,
'plan-timeline.from': `From`,
'plan-timeline.indicated': `For people already subjected to or using violence (indicated)`,
'plan-timeline.individual': `Individual`,
'plan-timeline.level': `Level`,
'plan-timeline.loading': `Loading the plan …`,
'plan-timeline.milestone': `Milestone`,
'plan-timeline.more': `More information`,
'plan-timeline.no-date': `Date not given`,
'plan-timeline.no-owner': `Responsible not given`,
'plan-timeline.no-status': `Status not given`,
'plan-timeline.none': `No items match the filter.`,
'plan-timeline.ongoing': `In progress`,
'plan-timeline.organisation': `Organisation`,
'plan-timeline.partners': `Together with`,
'plan-timeline.period': `Period`,
'plan-timeline.perpetrator': `People who use violence`,
'plan-timeline.planned': `Planned`,
'plan-timeline.politician': `Elected representatives`,
'plan-timeline.prevention': `Prevention`,
'plan-timeline.professional': `Professionals`,
'plan-timeline.relative': `Relatives`,
'plan-timeline.resident': `Residents`,
'plan-timeline.responsible': `Responsible`,
'plan-timeline.selective': `For groups at higher risk (selective)`,
'plan-timeline.society': `Society`,
'plan-timeline.source': `Source`,
'plan-timeline.staff': `Staff`,
'plan-timeline.status': `Status`,
'plan-timeline.today': `Today`,
'plan-timeline.undated': `No date`,
'plan-timeline.universal': `For everyone (universal)`,
'plan-timeline.until': `Until`,
'plan-timeline.updated': `updated`,
'plan-timeline.victim': `People subjected to violence`,
    };
  