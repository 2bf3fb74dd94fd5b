// The compliance desk: a rejection without a reason is stopped in the browser with the message at the field (the
// server refuses it too), and a reveal asks why before it is sent.
(function () {
  function fieldError(field, message) {
    var id = field.getAttribute('aria-describedby');
    var note = id && document.getElementById(id);
    if (!note) {
      note = document.createElement('p');
      note.id = id || field.id + '-error';
      note.className = 'field-error';
      note.setAttribute('role', 'alert');
      field.parentNode.insertAdjacentElement('afterend', note);
    }
    note.textContent = message;
    field.setAttribute('aria-invalid', 'true');
    field.focus();
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    var submitter = event.submitter;
    var reason = form.querySelector('[data-reason-for]');
    if (!reason || !submitter || submitter.value !== reason.getAttribute('data-reason-for')) {
      return;
    }
    if (reason.value.trim() === '') {
      event.preventDefault();
      fieldError(reason, 'A rejection needs a reason.');
    }
  });

  document.addEventListener('submit', function (event) {
    var form = event.target;
    var typed = form.querySelector('[data-confirm-text]');
    if (typed && typed.value.trim() !== typed.getAttribute('data-confirm-text')) {
      event.preventDefault();
      fieldError(typed, 'Type ' + typed.getAttribute('data-confirm-text') + ' to confirm.');
    }
  });
}());

// A reveal needs a reason: said at the field before anything is sent.
document.addEventListener('submit', function (event) {
  var why = event.target.querySelector('[data-required-reason]');
  if (why && why.value.trim() === '') {
    event.preventDefault();
    var note = document.getElementById(why.getAttribute('aria-describedby'));
    if (!note) {
      note = document.createElement('p');
      note.id = why.getAttribute('aria-describedby');
      note.className = 'field-error';
      note.setAttribute('role', 'alert');
      why.parentNode.insertAdjacentElement('afterend', note);
    }
    note.textContent = 'Say why you need to see the contact data.';
    why.setAttribute('aria-invalid', 'true');
    why.focus();
  }
});
