// OpenCSC's only script, loaded as a module by every page (no inline script: the
// Content-Security-Policy forbids it). Every page works without it; it adds:
//  - GOV.UK Frontend's components (initAll);
//  - autosave of a form with data-autosave-url, every 10 seconds and on leaving the page;
//  - keeping what was typed into a form with data-keep-typed in this tab's sessionStorage,
//    so that it can be put back after a session timed out or a page was lost.
import { initAll } from "./govuk-frontend.min.js";

// A browser that runs modules is one GOV.UK Frontend supports.
document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();

const AUTOSAVE_EVERY_MS = 10000;
const KEY_PREFIX = "opencsc:form:";
const SUBMITTED_KEY = "opencsc:submitted";
const NOT_KEPT = new Set(["hidden", "password", "submit", "button", "reset", "image", "file"]);

for (const form of document.querySelectorAll("form[data-autosave-url]")) {
  autosave(form);
}
// What is typed is kept under the signed-in person's id, and put back only for them: after a
// session timed out, someone else may sign in next in the same tab.
const USER = document.querySelector('meta[name="opencsc-user"]')?.content;
if (USER) forgetOtherPeoplesTyping();
const keptForms = USER ? document.querySelectorAll("form[data-keep-typed]") : [];
keptForms.forEach((form, index) => keepTyped(form, KEY_PREFIX + USER + ":" + location.pathname + (index > 0 ? "#" + index : "")));
forgetSubmittedForm();

function autosave(form) {
  const url = form.dataset.autosaveUrl;
  const status = form.querySelector("[data-autosave-status]");
  let changed = false;
  let saving = false;
  let submitting = false;

  const show = (text) => {
    if (status) status.textContent = text;
  };
  const save = async (leaving) => {
    if (!changed || saving || submitting) return;
    changed = false;
    saving = true;
    try {
      const response = await fetch(url, {
        method: "POST",
        body: new URLSearchParams(new FormData(form)), // x-www-form-urlencoded, with _csrf
        headers: { "X-Requested-With": "fetch", Accept: "application/json" },
        credentials: "same-origin",
        redirect: "error", // a timed-out session redirects to sign in: that is not a save
        keepalive: leaving,
      });
      if (!response.ok) throw new Error("HTTP " + response.status);
      const reply = await response.json();
      const draftId = form.querySelector('input[name="draftId"]');
      if (draftId && reply.draftId != null) draftId.value = reply.draftId;
      show("Draft saved at " + reply.savedAt);
    } catch {
      changed = true;
      show("Not saved – your text is kept on this page");
    } finally {
      saving = false;
    }
  };

  form.addEventListener("input", () => (changed = true));
  form.addEventListener("change", () => (changed = true));
  form.addEventListener("submit", () => (submitting = true));
  setInterval(() => save(false), AUTOSAVE_EVERY_MS);
  window.addEventListener("beforeunload", () => save(true));
}

function keptFields(form) {
  return Array.from(form.elements).filter((el) => el.name && el.name !== "_csrf" && !NOT_KEPT.has(el.type));
}

function isChoice(el) {
  return el.type === "checkbox" || el.type === "radio";
}

function keepTyped(form, key) {
  const store = () => {
    const values = {};
    for (const el of keptFields(form)) {
      if (isChoice(el)) {
        values[el.name + "=" + el.value] = el.checked;
      } else {
        values[el.name] = el.value;
      }
    }
    try {
      sessionStorage.setItem(key, JSON.stringify(values));
    } catch {
      // Storage full or turned off: nothing is kept, the page works as before.
    }
  };
  form.addEventListener("input", store);
  form.addEventListener("change", store);
  form.addEventListener("submit", () => {
    try {
      sessionStorage.setItem(SUBMITTED_KEY, key);
    } catch {
      // as above
    }
  });
  restore(form, key);
}

function restore(form, key) {
  let values;
  try {
    values = JSON.parse(sessionStorage.getItem(key));
  } catch {
    return;
  }
  if (!values || typeof values !== "object") return;
  const fields = keptFields(form);
  // Only into an empty form: a form the server filled in (an edit, a rejected submission,
  // a form kept across sign-in) shows what the server has. Choices and date boxes do not
  // count, as the server may fill them with a default such as today.
  const typed = (el) =>
    !isChoice(el) && el.tagName !== "SELECT" && !el.classList.contains("govuk-date-input__input") && el.value.trim() !== "";
  if (fields.some(typed)) return;
  if (!Object.entries(values).some(([, v]) => v === true || (typeof v === "string" && v.trim() !== ""))) return;
  for (const el of fields) {
    if (isChoice(el)) {
      const checked = values[el.name + "=" + el.value];
      if (typeof checked === "boolean") el.checked = checked;
    } else if (typeof values[el.name] === "string") {
      el.value = values[el.name];
    }
  }
  showRestored(form.querySelector("[data-keep-typed-status]"));
}

function showRestored(status) {
  if (!status) return;
  const banner = document.createElement("div");
  banner.className = "govuk-notification-banner";
  banner.setAttribute("role", "region");
  banner.setAttribute("aria-labelledby", "keep-typed-title");
  banner.dataset.module = "govuk-notification-banner";
  const header = document.createElement("div");
  header.className = "govuk-notification-banner__header";
  const title = document.createElement("h2");
  title.className = "govuk-notification-banner__title";
  title.id = "keep-typed-title";
  title.textContent = "Important";
  header.append(title);
  const content = document.createElement("div");
  content.className = "govuk-notification-banner__content";
  const heading = document.createElement("p");
  heading.className = "govuk-notification-banner__heading";
  heading.textContent = "We restored what you typed before";
  const body = document.createElement("p");
  body.className = "govuk-body";
  body.textContent = "Check it before you save: nothing has been saved yet.";
  content.append(heading, body);
  banner.append(header, content);
  status.replaceChildren(banner);
}

// After a form was sent: forget what was typed once a page loads that no longer shows that
// form and shows no problem. The sign-in page (it has a password box), where a timed-out
// session lands, keeps it, so that the form can be filled in again after signing in.
function forgetSubmittedForm() {
  let key;
  try {
    key = sessionStorage.getItem(SUBMITTED_KEY);
  } catch {
    return;
  }
  if (!key) return;
  const here = KEY_PREFIX + USER + ":" + location.pathname;
  const formStillHere = keptForms.length > 0 && (key === here || key.startsWith(here + "#"));
  const problem = document.querySelector(".govuk-error-summary");
  const signIn = document.querySelector('input[type="password"]');
  if (signIn) return;
  try {
    if (!formStillHere && !problem) sessionStorage.removeItem(key);
    sessionStorage.removeItem(SUBMITTED_KEY);
  } catch {
    // as above
  }
}

function forgetOtherPeoplesTyping() {
  try {
    const mine = KEY_PREFIX + USER + ":";
    for (let i = sessionStorage.length - 1; i >= 0; i--) {
      const key = sessionStorage.key(i);
      if (key && key.startsWith(KEY_PREFIX) && !key.startsWith(mine)) sessionStorage.removeItem(key);
    }
    const submitted = sessionStorage.getItem(SUBMITTED_KEY);
    if (submitted && !submitted.startsWith(mine)) sessionStorage.removeItem(SUBMITTED_KEY);
  } catch {
    // Storage turned off: nothing was kept.
  }
}

// A page showing work still running in the background (a return being built) names how
// soon to look again in data-refresh-after (seconds); without a script it has a Refresh link.
const refresh = document.querySelector("[data-refresh-after]");
if (refresh) {
  setTimeout(() => location.reload(), Number(refresh.dataset.refreshAfter) * 1000);
}
