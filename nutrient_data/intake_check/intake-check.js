// Intake check in the browser, the form: reads what a person takes, asks
// intake-check-core.js for the answer and shows it. No server, no other host.
// Not medical advice.
"use strict";

(function () {
  const { Checker, InputError, probabilityAdequate, show } = window.IntakeCheckCore;

  // ---- the form ----
  function entriesFrom(checker, text, source, form) {
    const flag = `--${source}`;
    const entries = [];
    for (const line of text.split("\n")) {
      const spec = line.trim();
      if (!spec) continue;
      const at = spec.indexOf("=");
      const name = at < 0 ? spec : spec.slice(0, at);
      const amount = at < 0 ? "" : spec.slice(at + 1);
      if (!name.trim()) {
        throw new InputError(`${flag} '${spec}': give ID=AMOUNT, such as magnesium=400mg`);
      }
      if (at < 0 || !amount.trim()) {
        throw new InputError(
          `${flag} '${spec}': missing amount; give ID=AMOUNT, such as ${name.trim()}=400mg`,
        );
      }
      try {
        entries.push({
          nutrient: name.trim(),
          amount: checker.parseAmount(amount, form),
          source,
          where: `${flag} ${spec}`,
        });
      } catch (error) {
        if (error instanceof InputError) {
          throw new InputError(`${flag} ${spec}: ${error.message}`);
        }
        throw error;
      }
    }
    return entries;
  }

  function cell(row, text) {
    const td = document.createElement(row.parentElement?.tagName === "THEAD" ? "th" : "td");
    td.textContent = text;
    row.appendChild(td);
  }
  const amountText = (v, unit) => (v === null ? "-" : `${show(v)} ${unit}`);

  function render(output, answer, config) {
    output.replaceChildren();
    const head = document.createElement("p");
    const authority = config.authority_names[answer.stage.authority];
    head.textContent = `Intake check for ${answer.stage.label} (${answer.stage.id}); ${authority}`;
    output.appendChild(head);
    const table = document.createElement("table");
    table.id = "intake-results";
    const thead = table.createTHead().insertRow();
    for (const h of ["Nutrient", "Food", "Supplement", "Total", "Reference", "Intake is", "Upper limit"]) {
      const th = document.createElement("th");
      th.textContent = h;
      thead.appendChild(th);
    }
    const body = table.createTBody();
    for (const r of answer.results) {
      const row = body.insertRow();
      row.dataset.nutrient = r.nutrient;
      const reference = r.value === null ? "-" : `${r.kind} ${amountText(r.value, r.unit)}`;
      const adequacy =
        r.probability_adequate === null
          ? r.adequacy
          : `${r.adequacy} (probability adequate ${r.probability_adequate.toFixed(2)})`;
      for (const text of [
        r.nutrient,
        amountText(r.food, r.unit),
        amountText(r.supplement, r.unit),
        amountText(r.total, r.unit),
        reference,
        adequacy,
        r.ul_status,
      ]) {
        cell(row, text);
      }
    }
    output.appendChild(table);
    const list = (title, items) => {
      if (!items.length) return;
      const h = document.createElement("h3");
      h.textContent = title;
      const ul = document.createElement("ul");
      for (const text of items) {
        const li = document.createElement("li");
        li.textContent = text;
        ul.appendChild(li);
      }
      output.append(h, ul);
    };
    list(
      "Interactions with the medicines given",
      answer.results.flatMap((r) =>
        r.interactions.map(
          (i) =>
            `${i.medicine}${i.via ? ` (as ${i.via})` : ""} and ${r.nutrient}: ${i.agent}. ${i.effect} Sources: ${i.reference_ids.join(", ")}`,
        ),
      ),
    );
    if (answer.unmatched.length) {
      const p = document.createElement("p");
      p.textContent = `No interaction is recorded in this dataset for: ${answer.unmatched.join(", ")} (which is not evidence that there is none).`;
      output.appendChild(p);
    }
    list(
      "Notes",
      answer.results.filter((r) => r.note).map((r) => `${r.nutrient}: ${r.note}`),
    );
    const warn = document.createElement("p");
    warn.innerHTML = "<strong></strong>";
    warn.firstChild.textContent = config.disclaimer;
    output.appendChild(warn);
    const details = document.createElement("details");
    const summary = document.createElement("summary");
    summary.textContent = "The same as JSON (as `nutrient-data check --json` prints it)";
    const pre = document.createElement("pre");
    pre.id = "intake-json";
    pre.textContent = JSON.stringify(answer.results, null, 2);
    details.append(summary, pre);
    output.appendChild(details);
  }

  async function start() {
    const form = document.getElementById("intake-form");
    if (!form) return;
    const output = document.getElementById("intake-output");
    const error = document.getElementById("intake-error");
    const status = document.getElementById("intake-status");
    const [bundle, config] = await Promise.all(
      ["nutrient-data.json", "config.json"].map((name) =>
        fetch(name).then((r) => {
          if (!r.ok) throw new Error(`cannot load ${name}: ${r.status}`);
          return r.json();
        }),
      ),
    );
    const checker = new Checker(bundle, config);
    window.intakeCheck = { checker, probabilityAdequate, show };
    const list = document.getElementById("intake-nutrients");
    list.textContent = bundle.nutrients.map((n) => n.id).join(", ");
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      error.textContent = "";
      output.replaceChildren();
      const data = new FormData(form);
      const condition = data.get("condition");
      const veForm = data.get("vitamin_e_form") || null;
      try {
        const ageText = String(data.get("age")).trim();
        if (!ageText) throw new InputError("check needs an age (years; 0.5 is six months)");
        const person = {
          age: Number(ageText),
          sex: data.get("sex"),
          pregnant: condition === "pregnant",
          lactating: condition === "lactating",
          authority: data.get("authority") || "us",
        };
        const entries = [
          ...entriesFrom(checker, String(data.get("food")), "food", veForm),
          ...entriesFrom(checker, String(data.get("supplement")), "supplement", veForm),
        ];
        const medicines = String(data.get("medicines"))
          .split("\n")
          .map((m) => m.trim())
          .filter(Boolean);
        const answer = checker.check(person, entries, medicines);
        if (!entries.length && !medicines.length) {
          throw new InputError("nothing to check: give amounts or medicines");
        }
        render(output, answer, config);
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        error.textContent = `error: ${e.message}`;
      }
    });
    status.textContent = `Ready: ${bundle.nutrients.length} nutrients loaded from the dataset ${bundle.metadata.version}.`;
    form.querySelector("button").disabled = false;
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
