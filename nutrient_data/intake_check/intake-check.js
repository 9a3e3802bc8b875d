// Intake check in the browser, the form: rows of nutrient, amount, unit and
// source (or a pasted list), a person and medicines; asks
// intake-check-core.js for the answer and shows one card per nutrient, in
// plain words with the exact figures. No server, no other host. Not medical
// advice.
"use strict";

(function () {
  const { Checker, InputError, probabilityAdequate, show } = window.IntakeCheckCore;
  const UNIT_WORDS = { ug: "µg", mg: "mg", g: "g", IU: "IU" };
  const unitText = (unit) => UNIT_WORDS[unit] || unit;
  const amountText = (v, unit) => (v === null ? "none" : `${show(v)} ${unitText(unit)}`);

  // Curated text as the site shows it (nutrient_data.site.markdown.prose): µg, µmol.
  const prose = (text) =>
    text
      .replace(/(\d ?)ug\b/g, "$1µg")
      .replace(/\bug\//g, "µg/")
      .replace(/\bumol\//g, "µmol/");

  function element(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attributes || {})) {
      if (key === "className") node.className = value;
      else node.setAttribute(key, value);
    }
    node.append(...children.filter((c) => c !== null && c !== undefined));
    return node;
  }

  // ---- the rows: one nutrient, amount, unit and source each ----
  let rowCount = 0;
  function addRow(rows, focus) {
    const template = document.getElementById("ic-row-template");
    const row = template.content.firstElementChild.cloneNode(true);
    rowCount += 1;
    for (const field of row.querySelectorAll(".ic-field")) {
      const control = field.querySelector("select, input");
      const label = field.querySelector("label");
      control.id = `ic-row-${rowCount}-${control.name.replace("row-", "")}`;
      label.htmlFor = control.id;
    }
    const nutrient = row.querySelector("[name=row-nutrient]");
    const unit = row.querySelector("[name=row-unit]");
    nutrient.addEventListener("change", () => {
      const chosen = nutrient.selectedOptions[0];
      if (chosen && chosen.dataset.unit) unit.value = chosen.dataset.unit;
    });
    const remove = row.querySelector(".ic-remove");
    remove.setAttribute("aria-label", `Remove row ${rowCount}`);
    remove.addEventListener("click", () => {
      row.remove();
      if (!rows.children.length) addRow(rows, false);
    });
    rows.appendChild(row);
    if (focus) nutrient.focus();
    return row;
  }

  // Words a person reads for the core's messages: names, not ids; µg, not ug.
  function readable(message, checker) {
    let text = message;
    for (const n of checker.nutrients) {
      text = text.replace(new RegExp(`\\b${n.id}\\b`, "g"), n.name);
    }
    return text.replace(/\bug\b/g, "µg");
  }

  function rowEntries(checker, rows, form) {
    const entries = [];
    [...rows.children].forEach((row, i) => {
      const id = row.querySelector("[name=row-nutrient]").value;
      const amount = row.querySelector("[name=row-amount]").value.trim();
      const unit = row.querySelector("[name=row-unit]").value;
      const source = row.querySelector("[name=row-source]").value;
      if (!id && !amount) return;
      const where = `Row ${i + 1}`;
      if (!id) throw new InputError(`${where}: choose the nutrient for the amount ${amount}.`);
      const name = checker.nutrient(id).name;
      if (!amount) throw new InputError(`${where}: enter the amount of ${name}, such as 400.`);
      try {
        entries.push({
          nutrient: id,
          amount: checker.parseAmount(`${amount}${unit}`, form),
          source,
          where: `${where}, ${name}`,
        });
      } catch (error) {
        if (error instanceof InputError) {
          throw new InputError(`${where}, ${name}: ${error.message}`);
        }
        throw error;
      }
    });
    return entries;
  }

  function pastedEntries(checker, text, source, form) {
    const list = source === "food" ? "From food" : "From supplements";
    const entries = [];
    for (const line of text.split("\n")) {
      const spec = line.trim();
      if (!spec) continue;
      const at = spec.indexOf("=");
      const name = at < 0 ? spec : spec.slice(0, at).trim();
      const amount = at < 0 ? "" : spec.slice(at + 1);
      const where = `${list}, the line '${spec}'`;
      if (!name) throw new InputError(`${where}: put the nutrient's name before the '='.`);
      if (!amount.trim()) {
        throw new InputError(
          `${where}: missing amount; write it after an equals sign, such as ${name}=400mg.`,
        );
      }
      try {
        entries.push({ nutrient: name, amount: checker.parseAmount(amount, form), source, where });
      } catch (error) {
        if (error instanceof InputError) throw new InputError(`${where}: ${error.message}`);
        throw error;
      }
    }
    return entries;
  }

  // ---- the answer, in words ----
  function sourceLinks(data, ids) {
    const unique = [...new Set(ids.filter(Boolean))];
    if (!unique.length) return null;
    const span = element("span", { className: "ic-sources" }, "Sources: ");
    unique.forEach((id, i) => {
      if (i) span.append("; ");
      span.append(
        element("a", { href: `../references/#ref-${id}` }, data.references[id] || "reference"),
      );
    });
    return span;
  }

  function adequacyWords(r, W) {
    const kind = r.kind;
    const need = `${kind} of ${amountText(r.value, r.unit)}`;
    const ear = r.average_requirement;
    const earText = ear === null ? "" : `${amountText(ear, r.unit)}`;
    const fillKind = (w) => w.replace("{kind}", kind);
    if (r.adequacy === W.no_intake) return ["none", "No amount given: listed because of a medicine."];
    if (r.adequacy === W.no_value) return ["none", "No reference value is set for this group."];
    if (r.adequacy === W.ai_met) {
      return ["ok", `Likely enough: at or above the Adequate Intake (${need}).`];
    }
    if (r.adequacy === W.ai_below) {
      return [
        "unknown",
        `Below the Adequate Intake (${need}). An AI is not a requirement, so whether this is too little cannot be judged.`,
      ];
    }
    if (r.adequacy === W.below_ear) {
      return [
        "low",
        `Below the average requirement (EAR ${earText}), the amount that meets the needs of half of healthy people: likely too little. The ${need} covers nearly everyone.`,
      ];
    }
    if (r.adequacy === fillKind(W.between)) {
      return [
        "maybe",
        `Between the average requirement (${earText}) and the ${need}: enough for many people, not for all.`,
      ];
    }
    if (r.adequacy === fillKind(W.at_or_above)) {
      return ["ok", `At or above the ${need}: enough for nearly all healthy people.`];
    }
    if (r.adequacy === fillKind(W.below_value)) {
      return ["maybe", `Below the ${need}, which covers nearly all healthy people.`];
    }
    return ["none", r.adequacy];
  }

  function limitWords(r, W) {
    const counted = r.ul_applies_to === "supplemental-only" ? "supplements" : "all sources";
    const name =
      r.ul_kind === "safe-level"
        ? "safe level"
        : r.ul_applies_to === "supplemental-only"
          ? "upper limit for supplements (UL)"
          : "upper limit (UL)";
    if (r.over_ul === true) {
      return [
        "over",
        `Above the ${name}: ${amountText(r.ul_intake, r.unit)} from ${counted} against a limit of ${amountText(r.ul, r.unit)}.`,
      ];
    }
    if (r.over_ul === false) {
      return [
        "ok",
        `Within the ${name}: ${amountText(r.ul_intake, r.unit)} from ${counted}, limit ${amountText(r.ul, r.unit)}.`,
      ];
    }
    if (r.ul_status === W.no_ul_group) return ["none", "No upper limit is set for this group."];
    if (r.ul_status === W.no_ul) return ["none", "No upper limit is set."];
    return ["none", "No amount to compare with the upper limit."];
  }

  const FLAGS = {
    over: ["⚠", "Above the upper limit"],
    low: ["▼", "Below the average requirement"],
  };

  function card(r, answer, data, W) {
    const [enough, enoughText] = adequacyWords(r, W);
    const [limit, limitText] = limitWords(r, W);
    const flags = [];
    if (limit === "over") flags.push("over");
    if (enough === "low") flags.push("low");
    const article = element("article", {
      className: ["ic-card", ...flags.map((f) => `ic-${f}`)].join(" "),
      "data-nutrient": r.nutrient,
      "aria-labelledby": `ic-card-${r.nutrient}`,
    });
    article.append(element("h3", { id: `ic-card-${r.nutrient}` }, r.name));
    for (const flag of flags) {
      const [icon, words] = FLAGS[flag];
      article.append(
        element(
          "p",
          { className: `ic-flag ic-flag-${flag}` },
          element("span", { "aria-hidden": "true" }, `${icon} `),
          words,
        ),
      );
    }
    const list = element("dl");
    const add = (term, ...details) =>
      list.append(element("dt", {}, term), element("dd", {}, ...details));
    if (r.total !== null) {
      add(
        "Taken a day",
        `${amountText(r.total, r.unit)} (food ${amountText(r.food, r.unit)}, supplements ${amountText(r.supplement, r.unit)})`,
      );
    }
    add("Is it enough?", enoughText);
    if (r.probability_adequate !== null) {
      const p = r.probability_adequate;
      const percent =
        p > 0.99 ? "More than 99%" : p < 0.01 ? "Less than 1%" : `About ${Math.round(p * 100)}%`;
      add(
        "Chance it meets the need",
        `${percent} (probability ${p.toFixed(2)}). Needs differ from person to person; this is the share of people like this one whose need this intake meets, if it is the usual long-term intake.`,
      );
    }
    add("Upper limit", limitText);
    for (const i of r.interactions) {
      add(
        "Medicine",
        `${i.agent}${i.via ? ` (${i.medicine} is one)` : ""}: ${prose(i.effect)} `,
        sourceLinks(data, i.reference_ids),
      );
    }
    if (r.note) add("Notes", prose(r.note));
    const sources = sourceLinks(data, [r.reference_id, r.ul_reference_id]);
    if (sources) add("Values from", sources);
    article.append(list);
    return article;
  }

  function render(output, answer, checker, config) {
    const W = config.words;
    const data = checker.data;
    const authority = config.authority_names[answer.stage.authority] || answer.stage.authority;
    output.replaceChildren();
    const heading = element("h2", { id: "intake-result", tabindex: "-1" }, "The result");
    const who = element(
      "p",
      {},
      `For ${groupWords(answer.stage.label)}, with the values of the ${authority}.`,
    );
    output.append(heading, who);
    const over = answer.results.filter((r) => r.over_ul).map((r) => r.name);
    const low = answer.results.filter((r) => adequacyWords(r, W)[0] === "low").map((r) => r.name);
    if (over.length || low.length) {
      const summary = element("ul", { className: "ic-summary" });
      if (over.length) summary.append(element("li", {}, `⚠ Above an upper limit: ${over.join(", ")}.`));
      if (low.length) summary.append(element("li", {}, `▼ Below the average requirement: ${low.join(", ")}.`));
      output.append(summary);
    }
    const cards = element("div", { className: "ic-cards", id: "intake-results" });
    for (const r of answer.results) cards.append(card(r, answer, data, W));
    output.append(cards);
    if (answer.unmatched.length) {
      output.append(
        element(
          "p",
          {},
          `No interaction is recorded in this dataset for ${answer.unmatched.join(", ")}, which does not mean there is none.`,
        ),
      );
    }
    const details = element("details", { className: "ic-json" });
    const pre = element("pre", { id: "intake-json", tabindex: "0" });
    pre.textContent = JSON.stringify(answer.results, null, 2);
    details.append(element("summary", {}, "The result as data (JSON)"), pre);
    output.append(details);
    heading.focus();
  }

  // "Females 31-50 y" as "females 31–50 years"
  const groupWords = (label) =>
    label
      .replace(/(\d)-(\d)/g, "$1–$2")
      .replace(/ y\b/, " years")
      .replace(/^[A-Z]/, (c) => c.toLowerCase());

  function personFrom(data) {
    const ageText = String(data.get("age")).trim();
    const age = Number(ageText);
    if (!ageText || !/^\d*\.?\d+$/.test(ageText) || !Number.isFinite(age)) {
      throw new InputError(
        "Enter the age as a number of years, such as 45; under one year, use a fraction (0.5 is six months).",
      );
    }
    const condition = data.get("condition");
    return {
      age,
      sex: data.get("sex"),
      pregnant: condition === "pregnant",
      lactating: condition === "lactating",
      authority: data.get("authority") || "us",
    };
  }

  async function start() {
    const form = document.getElementById("intake-form");
    if (!form) return;
    const output = document.getElementById("intake-output");
    const error = document.getElementById("intake-error");
    const status = document.getElementById("intake-status");
    const rows = document.getElementById("ic-rows");
    addRow(rows, false);
    document.getElementById("ic-add").addEventListener("click", () => addRow(rows, true));
    const loaded = Promise.all(
      ["page-data.json", "config.json"].map((name) =>
        fetch(name).then((r) => {
          if (!r.ok) throw new Error(`cannot load ${name}: ${r.status}`);
          return r.json();
        }),
      ),
    ).then(([data, config]) => [new Checker(data, config), config]);
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      error.textContent = "";
      output.replaceChildren();
      const [checker, config] = await loaded;
      const data = new FormData(form);
      const veForm = data.get("vitamin_e_form") || null;
      try {
        const person = personFrom(data);
        const entries = [
          ...rowEntries(checker, rows, veForm),
          ...pastedEntries(checker, String(data.get("food")), "food", veForm),
          ...pastedEntries(checker, String(data.get("supplement")), "supplement", veForm),
        ];
        const medicines = String(data.get("medicines"))
          .split("\n")
          .map((m) => m.trim())
          .filter(Boolean);
        if (!entries.length && !medicines.length) {
          throw new InputError("Nothing to check yet: enter an amount or a medicine.");
        }
        const answer = checker.check(person, entries, medicines);
        render(output, answer, checker, config);
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        error.textContent = readable(e.message, checker);
      }
    });
    const [checker] = await loaded;
    window.intakeCheck = { checker, probabilityAdequate, show };
    status.textContent = "Ready.";
    document.documentElement.dataset.intakeReady = "1";
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
