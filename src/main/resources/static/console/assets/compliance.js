// The compliance desk: a rejection without a reason, a reveal without a reason and an erasure without the typed
// customer key are stopped in the browser with the message at the field (the server refuses them too).
(function () {
  function fieldError(field, message) {
    var id = field.getAttribute('aria-describedby') || field.id + '-error';
    var note = document.getElementById(id);
    if (!note) {
      note = document.createElement('p');
      note.id = id;
      note.className = 'field-error';
      note.setAttribute('role', 'alert');
      field.parentNode.insertAdjacentElement('afterend', note);
    }
    note.textContent = message;
    field.setAttribute('aria-invalid', 'true');
    field.focus();
  }

  function check(event) {
    var form = event.target;
    var reason = form.querySelector('[data-reason-for]');
    if (reason && event.submitter && event.submitter.value === reason.getAttribute('data-reason-for')
        && reason.value.trim() === '') {
      event.preventDefault();
      fieldError(reason, 'A rejection needs a reason.');
      return;
    }
    var why = form.querySelector('[data-required-reason]');
    if (why && why.value.trim() === '') {
      event.preventDefault();
      fieldError(why, 'Say why you need to see the contact data.');
      return;
    }
    var typed = form.querySelector('[data-confirm-text]');
    if (typed && typed.value.trim() !== typed.getAttribute('data-confirm-text')) {
      event.preventDefault();
      fieldError(typed, 'Type the customer key ' + typed.getAttribute('data-confirm-text') + ' exactly to confirm.');
    }
  }

  document.addEventListener('submit', check);
}());
