
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'training-badge.complete': `Complete`,
'training-badge.completed': `Completed`,
'training-badge.count': str`${0} of ${1} (${2})`,
'training-badge.credential': `Certificate (Open Badges 3.0)`,
'training-badge.credential-invalid': `The certificate cannot be shown: it does not follow Open Badges 3.0.`,
'training-badge.credential-jwt': `The certificate is in the signed compact form (VC-JWT), which is not shown here. Add the certificate in its JSON form.`,
'training-badge.credential-unnamed': `Certificate without a name`,
'training-badge.criteria': `Criteria`,
'training-badge.criteria-link': `Read the criteria`,
'training-badge.deadline': html`Deadline: ${0}`,
'training-badge.default-label': `Training`,
'training-badge.expired': `Expired`,
'training-badge.in-progress': `In progress`,
'training-badge.issued': `Issued`,
'training-badge.issuer': `Issuer`,
'training-badge.loading': `Loading figures …`,
'training-badge.no-figures': `No figures`,
'training-badge.not-started': `Not started`,
'training-badge.not-verified': `The signature is not checked here in the browser. Check the certificate with its issuer.`,
'training-badge.not-yet-valid': `Not yet valid`,
'training-badge.overdue': `Overdue`,
'training-badge.progress': str`${0}, completed`,
'training-badge.status': `Status`,
'training-badge.target': str`Target: ${0}`,
'training-badge.target-by': html`Target: ${0} by ${1}`,
'training-badge.target-reached': `Target reached`,
'training-badge.unit': `Unit`,
'training-badge.units': str`By unit (${0})`,
'training-badge.units-caption': str`${0}: completed by unit`,
'training-badge.unsigned': `The certificate has no signature.`,
'training-badge.updated': html`Updated ${0}`,
'training-badge.valid': `Valid`,
'training-badge.valid-until': `Valid until`,
'training-badge.validity': `Validity`,
    };
  