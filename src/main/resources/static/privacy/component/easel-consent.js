// <easel-consent purpose="clv-profiling" token="..." lang="en">: Easel's consent box for a shop's pages.
// No dependencies. It reads the purpose's notice from Easel, shows a toggle with it, and posts the shopper's choice
// with the short-lived checkout token the shop's back end obtained. Easel is the server this script came from.
const EASEL = new URL('../..', import.meta.url).href.replace(/\/$/, '');

class EaselConsent extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) {
      return;
    }
    this.attachShadow({ mode: 'open' });
    // A style sheet from Easel rather than an inline <style>: shops with a strict Content-Security-Policy allow it.
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = EASEL + '/privacy/component/easel-consent.css';
    const box = document.createElement('div');
    box.setAttribute('part', 'box');
    box.textContent = '…';
    this.shadowRoot.append(style, box);
    this.load();
  }

  async load() {
    const purpose = this.getAttribute('purpose');
    const lang = this.getAttribute('lang') || navigator.language || 'en';
    const response = await fetch(EASEL + '/privacy/component/notice?purpose=' + encodeURIComponent(purpose) +
      '&lang=' + encodeURIComponent(lang.split('-')[0]));
    if (!response.ok) {
      this.box().textContent = 'Unknown purpose: ' + purpose;
      return;
    }
    this.notice = await response.json();
    this.render();
  }

  box() {
    return this.shadowRoot.querySelector('[part="box"]');
  }

  render() {
    const n = this.notice;
    const box = this.box();
    box.replaceChildren();
    const label = document.createElement('label');
    const toggle = document.createElement('input');
    toggle.type = 'checkbox';
    toggle.id = 'toggle';
    const title = document.createElement('strong');
    title.textContent = n.title;
    label.append(toggle, title);
    const detail = document.createElement('p');
    detail.className = 'detail';
    detail.textContent = n.what + ' ' + n.why + ' ' + n.data + ' ' + n.retention + ' ';
    const policy = document.createElement('a');
    policy.href = n.policyUrl;
    policy.textContent = n.policyUrl;
    policy.target = '_blank';
    policy.rel = 'noopener noreferrer';
    detail.append(policy);
    const status = document.createElement('p');
    status.className = 'status';
    status.id = 'status';
    status.setAttribute('role', 'status');
    box.append(label, detail, status);
    toggle.addEventListener('change', () => this.choose(toggle.checked));
  }

  async choose(given) {
    const status = this.shadowRoot.getElementById('status');
    const response = await fetch(EASEL + '/privacy/component/consents', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Authorization': 'Bearer ' + this.getAttribute('token') },
      body: JSON.stringify({ purpose: this.notice.purpose, given: given, language: this.notice.language })
    });
    if (response.ok) {
      const body = await response.json();
      status.textContent = given ? this.notice.labels.given : this.notice.labels.withdrawn;
      status.dataset.receipt = body.receiptId;
      this.dispatchEvent(new CustomEvent('easel-consent', { detail: { purpose: this.notice.purpose, given: given,
        receiptId: body.receiptId }, bubbles: true, composed: true }));
    } else {
      status.textContent = 'Not saved (' + response.status + ')';
      status.dataset.error = String(response.status);
    }
  }
}

if (!customElements.get('easel-consent')) {
  customElements.define('easel-consent', EaselConsent);
}
