// For the editor trying the demo: a setting or document the kit refused (a mistyped quick-exit
// destination, a bad contacts file) is also shown on the page, not only in the console. Imported
// before the kit, so the reports made while the elements upgrade are shown too.
document.addEventListener('trygg-data-error', (event) => {
  const { message } = (event as CustomEvent<{ message: string }>).detail;
  let box = document.querySelector<HTMLElement>('.demo-errors');
  if (!box) {
    box = document.createElement('div');
    box.className = 'demo-errors';
    box.setAttribute('role', 'status');
    (document.querySelector('main') ?? document.body).prepend(box);
  }
  const line = document.createElement('p');
  line.textContent = `Demo: kitet vägrade en inställning – ${message}`;
  box.append(line);
});
