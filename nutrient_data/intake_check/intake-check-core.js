// Intake check in the browser, the computation: the same answers as
// `nutrient-data check`, from the page's data file (page-data.json: each
// authority's groups and values, looked up in Python at build time) and the
// package's constants (config.json). Mirrors
// nutrient_data/intake_check/{amounts,medicines,core}.py; the site's browser
// test checks that both give the same results.
// intake-check.js drives the form. Not medical advice.
"use strict";

(function () {
  // ---- exact arithmetic: rationals [numerator, denominator] as BigInt ----
  function gcd(a, b) {
    a = a < 0n ? -a : a;
    b = b < 0n ? -b : b;
    while (b) {
      [a, b] = [b, a % b];
    }
    return a;
  }
  function rat(n, d) {
    if (d < 0n) {
      n = -n;
      d = -d;
    }
    const g = gcd(n, d) || 1n;
    return [n / g, d / g];
  }
  const add = (a, b) => rat(a[0] * b[1] + b[0] * a[1], a[1] * b[1]);
  const mul = (a, b) => rat(a[0] * b[0], a[1] * b[1]);
  const cmp = (a, b) => {
    const x = a[0] * b[1];
    const y = b[0] * a[1];
    return x < y ? -1 : x > y ? 1 : 0;
  };
  const toNumber = (a) => Number(a[0]) / Number(a[1]);
  const ZERO = [0n, 1n];

  function decimal(text) {
    // "12.5e-3" as an exact rational (the text matches NUMBER below)
    const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
    const digits = (m[2] || "") + (m[3] || "");
    let n = BigInt(digits || "0");
    let d = 10n ** BigInt((m[3] || "").length);
    const exp = parseInt(m[4] || "0", 10);
    if (exp >= 0) n *= 10n ** BigInt(exp);
    else d *= 10n ** BigInt(-exp);
    return rat(m[1] === "-" ? -n : n, d);
  }
  // A published value as the decimal it was written as (Python: Fraction(repr(x))).
  const exact = (x) => decimal(String(x).replace("e+", "e"));

  // ---- words and numbers, as Python writes them ----
  function show(x) {
    // Python: f"{x:.6g}", or f"{x:.0f}" where that would use an exponent
    if (x === 0) return "0";
    const exp = parseInt(x.toExponential(5).split("e")[1], 10);
    if (exp < -4 || exp >= 6) return x.toFixed(0);
    let t = x.toPrecision(6);
    if (t.includes(".")) t = t.replace(/0+$/, "").replace(/\.$/, "");
    return t;
  }
  const fill = (text, values) =>
    text.replace(/\{(\w+)\}/g, (_, key) => String(values[key]));
  function pyG(x) {
    // Python: f"{x:g}" (used in a few error messages)
    const exp = parseInt(x.toExponential(5).split("e")[1], 10);
    if (x !== 0 && (exp < -4 || exp >= 6)) {
      const [mant, e] = x.toExponential(5).split("e");
      const m = mant.includes(".") ? mant.replace(/0+$/, "").replace(/\.$/, "") : mant;
      const sign = e[0] === "-" ? "-" : "+";
      const digits = e.replace(/^[+-]/, "").padStart(2, "0");
      return `${m}e${sign}${digits}`;
    }
    return show(x);
  }

  // ---- names: the package's normalisation ----
  const normalize = (name) =>
    name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

  class InputError extends Error {}

  function Checker(data, config) {
    this.config = config;
    this.data = data;
    this.nutrients = data.nutrients;
    this.byName = new Map();
    for (const n of data.nutrients) {
      for (const name of [n.id, n.name, ...n.synonyms]) {
        this.byName.set(normalize(name), n);
      }
    }
    this.medicines = medicineIndex(data.nutrients, config.stopwords);
  }

  Checker.prototype.nutrient = function (name) {
    const found = this.byName.get(normalize(name));
    if (!found) {
      const ids = this.nutrients.map((n) => n.id).join(", ");
      throw new InputError(`unknown nutrient '${name}'; nutrients are ${ids}`);
    }
    return found;
  };

  // ---- amounts (amounts.py) ----
  const NUMBER = "[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?";
  const AMOUNT = new RegExp(`^(${NUMBER})\\s*([\\s\\S]*)$`);
  const NOT_FINITE = /^[+-]?(inf|infinity|nan)/i;

  Checker.prototype.number = function (text) {
    const t = text.trim();
    if (NOT_FINITE.test(t)) {
      throw new InputError(`amount must be a finite number, got '${t}'`);
    }
    if (!new RegExp(`^${NUMBER}$`).test(t)) {
      throw new InputError(`amount must be a number, got '${t}'`);
    }
    const value = decimal(t);
    if (value[0] < 0n) {
      throw new InputError(`amount must not be negative, got ${pyG(toNumber(value))}`);
    }
    if (cmp(value, [BigInt(this.config.largest), 1n]) >= 0) {
      throw new InputError(`amount must be below 1e+12, got ${pyG(toNumber(value))}`);
    }
    return value;
  };

  Checker.prototype.unit = function (text) {
    const unit = this.config.unit_aliases[text.trim().toLowerCase()];
    if (!unit) {
      throw new InputError(
        `unknown unit '${text.trim()}'; use mg, ug (also µg, mcg), g or IU`,
      );
    }
    return unit;
  };

  Checker.prototype.parseAmount = function (text, form) {
    const spelled = text.trim();
    if (NOT_FINITE.test(spelled)) {
      throw new InputError(`amount must be a finite number, got '${spelled}'`);
    }
    const m = AMOUNT.exec(spelled);
    if (!m) {
      throw new InputError(
        `missing amount in '${spelled}': give a number and a unit, such as 400mg`,
      );
    }
    if (!m[2]) {
      throw new InputError(
        `missing unit in '${spelled}': add mg, ug (also µg, mcg), g or IU`,
      );
    }
    const value = this.number(m[1]);
    return { value, unit: this.unit(m[2]), form: form || null };
  };

  Checker.prototype.inTableUnit = function (amount, nutrient, tableUnit, forUl) {
    const perUnit = this.config.ug_per_unit;
    let value = amount.value;
    let unit = amount.unit;
    if (unit === "IU") {
      const ul = forUl ? this.config.ul_factors.filter((f) => f.nutrient === nutrient) : [];
      let matches = ul.length
        ? ul
        : this.config.factors.filter((f) => f.nutrient === nutrient);
      if (!matches.length) {
        throw new InputError(
          `unit IU does not fit ${nutrient}: IU is used for vitamin-d and ` +
            "vitamin-e only; give mg, ug or g",
        );
      }
      if (matches.length > 1) {
        if (!amount.form) {
          throw new InputError(
            `${nutrient} in IU needs its form, natural (d-, RRR-) or synthetic ` +
              "(dl-, all-rac-): it is not guessed",
          );
        }
        matches = matches.filter((f) => f.form === amount.form);
      }
      const f = matches[0];
      value = mul(value, [BigInt(f.mass_per_iu[0]), BigInt(f.mass_per_iu[1])]);
      unit = f.unit;
    }
    return mul(value, rat(BigInt(perUnit[unit]), BigInt(perUnit[tableUnit])));
  };

  // ---- medicines (medicines.py) ----
  function words(text, stopwords) {
    const found = [];
    for (const raw of text.split(/[^\p{L}\p{N}]+/u)) {
      let word = normalize(raw);
      if (
        word.length > 3 &&
        word.endsWith("s") &&
        !["ss", "us", "is"].some((end) => word.endsWith(end))
      ) {
        word = word.slice(0, -1);
      }
      if (word && !stopwords.includes(word)) found.push(word);
    }
    return found;
  }
  const ITEM_SEPARATORS = /[,;()]|\be\.g\.|\band\b|\bor\b|\bcombined with\b|\bother\b/i;
  const EXAMPLES = /([^();]+?)\s*\(e\.g\.\s*([^)]*)\)/gi;

  function medicineIndex(nutrients, stopwords) {
    const entries = [];
    for (const n of nutrients) {
      for (const i of n.interactions) {
        const items = i.agent.split(ITEM_SEPARATORS).map((x) => words(x || "", stopwords));
        entries.push({
          nutrient: n.id,
          agent: i.agent,
          effect: i.effect,
          reference_ids: i.reference_ids,
          words: new Set(words(i.agent, stopwords)),
          names: new Set(items.filter((x) => x.length === 1).map((x) => x[0])),
        });
      }
    }
    const classes = new Map();
    for (const e of entries) {
      for (const m of e.agent.matchAll(EXAMPLES)) {
        const label = m[1].trim();
        for (const example of m[2].split(",")) {
          for (const word of words(example, stopwords)) {
            if (!classes.has(word)) classes.set(word, new Map());
            classes.get(word).set(label, words(m[1], stopwords));
          }
        }
      }
    }
    return {
      entries,
      classes,
      match(medicine) {
        const asked = words(medicine, stopwords);
        const queries = [[asked, null]];
        for (const word of asked) {
          const pairs = [...(classes.get(word) || new Map()).entries()].sort((a, b) =>
            a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0,
          );
          for (const [label, w] of pairs) queries.push([w, label]);
        }
        const found = new Map();
        for (const [query, via] of queries) {
          for (const e of entries) {
            if (found.has(e) || !query.length) continue;
            const all = query.every((w) => e.words.has(w));
            if (all || query.some((w) => e.names.has(w))) {
              found.set(e, { medicine, entry: e, via });
            }
          }
        }
        return entries.filter((e) => found.has(e)).map((e) => found.get(e));
      },
    };
  }

  // ---- the person: the group and values page-data.json records for them ----
  Checker.prototype.lifeStage = function (age, sex, pregnant, lactating, authority) {
    const found = this.data.authorities.find((a) => a.id === authority);
    if (!found) {
      const ids = this.data.authorities.map((a) => `'${a.id}'`).join(" or ");
      throw new InputError(`authority must be ${ids}, got '${authority}'`);
    }
    const max = this.data.max_age;
    if (!Number.isFinite(age) || age < 0 || age > max) {
      throw new InputError(`age must be between 0 and ${max} years, got ${age}`);
    }
    if (sex !== "female" && sex !== "male") {
      throw new InputError(`sex must be 'female' or 'male', got '${sex}'`);
    }
    if (pregnant && lactating) throw new InputError("choose pregnant or lactating, not both");
    const condition = pregnant ? "pregnant" : lactating ? "lactating" : null;
    const person = found.people.find(
      (p) =>
        p.sex === sex &&
        p.condition === condition &&
        ((p.from <= age && age < p.to) || (age === p.to && p.to === max)),
    );
    if (person.error) throw new InputError(fill(person.error, { age: pyG(age) }));
    return {
      id: person.group,
      label: person.label,
      authority,
      values: person.values,
    };
  };

  // The lookup's answer for one nutrient, as nutrient_data.intake gives it.
  Checker.prototype.lookup = function (nutrient, stage) {
    const index = stage.values[this.nutrients.indexOf(nutrient)];
    if (index === null) return null;
    const row = this.data.values[index];
    const found = {};
    this.data.fields.forEach((field, i) => {
      const text = field === "note" || field === "ul_note";
      found[field] = text && row[i] !== null ? this.data.texts[row[i]] : row[i];
    });
    return found;
  };

  // Python: core._reference. The person's values, or null with the reason.
  Checker.prototype.reference = function (nutrient, stage) {
    const W = this.config.words;
    const name = this.config.authority_names[stage.authority] || stage.authority;
    const found = this.lookup(nutrient, stage);
    if (found === null) return [null, [fill(W.no_authority, { authority: name })]];
    if (found.unit === "percent-energy" && found.value !== null) {
      // the page asks for no energy intake, so such a value is not judged
      const share = { kind: found.kind, value: show(found.value) };
      return [null, [], fill(W.needs_energy, share)];
    }
    if (!(found.unit in this.config.ug_per_unit)) {
      return [null, [fill(W.not_mass, { authority: name, unit: found.unit })]];
    }
    return [found, []];
  };

  // ---- judging (core.py) ----
  function erf(x) {
    // Maclaurin series; beyond |x| > 3 erf is 1 to within 2e-5, which no
    // probability shown to three places can tell apart.
    if (x > 3) return 1;
    if (x < -3) return -1;
    let term = x;
    let sum = x;
    for (let n = 1; n < 200; n++) {
      term *= (-x * x) / n;
      const add = term / (2 * n + 1);
      sum += add;
      if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
    }
    return (2 / Math.sqrt(Math.PI)) * sum;
  }
  function probabilityAdequate(intake, ear, cv) {
    const z = (intake - ear) / (cv * ear);
    return 0.5 * (1 + erf(z / Math.sqrt(2)));
  }
  const round3 = (p) => (p === null ? null : Number(p.toFixed(3)));

  // Python: core._JUDGED, the roles of the values an intake is judged against.
  const JUDGED = ["recommendation", "adequate-intake"];

  Checker.prototype.adequacy = function (ref, total, authority) {
    const W = this.config.words;
    if (total === null) return [W.no_intake, null, []];
    const roles = this.data.authorities.find((a) => a.id === authority).roles;
    const role = ref ? roles[ref.kind] : null;
    if (ref === null || ref.value === null || !JUDGED.includes(role)) {
      return [W.no_value, null, []];
    }
    const value = exact(ref.value);
    if (role === "adequate-intake") {
      return [cmp(total, value) >= 0 ? W.ai_met : W.ai_below, null, []];
    }
    const kind = { kind: ref.kind };
    const ear = ref.average_requirement;
    if (ear === null) {
      const w = cmp(total, value) < 0 ? W.below_value : W.at_or_above;
      return [fill(w, kind), null, [W.no_ear]];
    }
    let w;
    if (cmp(total, exact(ear)) < 0) w = W.below_ear;
    else if (cmp(total, value) < 0) w = fill(W.between, kind);
    else w = fill(W.at_or_above, kind);
    const cv = ref.requirement_cv;
    if (!cv || !ear) return [w, null, [W.no_cv]];
    return [w, probabilityAdequate(toNumber(total), ear, cv), [W.usual_intake]];
  };

  Checker.prototype.upperLimit = function (ref, sums) {
    const W = this.config.words;
    const applies = ref ? ref.ul_applies_to : "no-ul-set";
    if (ref === null || applies === "no-ul-set") return [null, null, W.no_ul, []];
    if (ref.ul === null) {
      return [null, null, W.no_ul_group, ref.ul_note ? [ref.ul_note] : []];
    }
    if (sums === null) return [null, null, W.no_intake, []];
    const supplemental = applies === "supplemental-only";
    const counted = supplemental ? sums.supplementForUl : add(sums.supplementForUl, sums.food);
    const over = cmp(counted, exact(ref.ul)) > 0;
    const limit =
      ref.ul_kind === "safe-level"
        ? W.limit_safe
        : supplemental
          ? W.limit_supplemental
          : W.limit_total;
    const status = fill(over ? W.over : W.not_over, {
      limit,
      ul: show(ref.ul),
      unit: ref.unit,
    });
    const notes = [];
    if (cmp(sums.supplementForUl, sums.supplement) !== 0) {
      notes.push(fill(W.ul_basis_vitamin_e, { amount: show(toNumber(sums.supplementForUl)) }));
    }
    if (supplemental && ref.ul_note) notes.push(ref.ul_note);
    return [toNumber(counted), over, status, notes];
  };

  Checker.prototype.result = function (nutrient, sums, matches, stage, person) {
    const [ref, notes, unjudged] = this.reference(nutrient, stage);
    if (sums === null) notes.unshift(this.config.words.flagged_only);
    if (ref && ref.note) notes.push(ref.note);
    const total = sums ? add(sums.food, sums.supplement) : null;
    const [adequacy, p, adequacyNotes] =
      unjudged && total !== null
        ? [unjudged, null, []]
        : this.adequacy(ref, total, stage.authority);
    const [ulIntake, over, ulStatus, ulNotes] = this.upperLimit(ref, sums);
    return {
      nutrient: nutrient.id,
      name: nutrient.name,
      food: sums ? toNumber(sums.food) : null,
      supplement: sums ? toNumber(sums.supplement) : null,
      total: total ? toNumber(total) : null,
      unit: ref ? ref.unit : nutrient.unit,
      kind: ref && ref.kind ? ref.kind : "not-set",
      value: ref ? ref.value : null,
      average_requirement: ref ? ref.average_requirement : null,
      requirement_cv: ref ? ref.requirement_cv : null,
      probability_adequate: round3(p),
      adequacy,
      ul: ref ? ref.ul : null,
      ul_kind: ref ? ref.ul_kind : null,
      ul_applies_to: ref ? ref.ul_applies_to : "no-ul-set",
      ul_intake: ulIntake,
      over_ul: over,
      ul_status: ulStatus,
      interactions: matches.map((m) => ({
        medicine: m.medicine,
        agent: m.entry.agent,
        effect: m.entry.effect,
        reference_ids: m.entry.reference_ids,
        via: m.via,
      })),
      note: [...notes, ...adequacyNotes, ...ulNotes].join(" ") || null,
      reference_id: ref ? ref.reference_id : null,
      ul_reference_id: ref ? ref.ul_reference_id : null,
    };
  };

  // person: {age, sex, pregnant, lactating}; entries: [{nutrient, amount, source, where}]
  Checker.prototype.check = function (person, entries, medicines) {
    const authority = person.authority || "us";
    const stage = this.lifeStage(
      person.age,
      person.sex,
      person.pregnant,
      person.lactating,
      authority,
    );
    const sums = new Map();
    for (const e of entries) {
      let nutrient;
      let mass;
      let forUl;
      try {
        nutrient = this.nutrient(e.nutrient);
        const found = this.lookup(nutrient, stage);
        const unit =
          found && found.unit in this.config.ug_per_unit ? found.unit : nutrient.unit;
        mass = this.inTableUnit(e.amount, nutrient.id, unit, false);
        forUl = this.inTableUnit(e.amount, nutrient.id, unit, authority === "us");
      } catch (error) {
        if (error instanceof InputError && e.where) {
          throw new InputError(`${e.where}: ${error.message}`);
        }
        throw error;
      }
      if (!sums.has(nutrient.id)) {
        sums.set(nutrient.id, { food: ZERO, supplement: ZERO, supplementForUl: ZERO });
      }
      const s = sums.get(nutrient.id);
      if (e.source === "food") s.food = add(s.food, mass);
      else {
        s.supplement = add(s.supplement, mass);
        s.supplementForUl = add(s.supplementForUl, forUl);
      }
    }
    const matches = new Map();
    const unmatched = [];
    for (const medicine of medicines) {
      const found = this.medicines.match(medicine);
      if (!found.length) unmatched.push(medicine);
      for (const m of found) {
        if (!matches.has(m.entry.nutrient)) matches.set(m.entry.nutrient, []);
        matches.get(m.entry.nutrient).push(m);
      }
    }
    const results = this.nutrients
      .filter((n) => sums.has(n.id) || matches.has(n.id))
      .map((n) =>
        this.result(n, sums.get(n.id) || null, matches.get(n.id) || [], stage, person),
      );
    return { stage, results, unmatched };
  };

  window.IntakeCheckCore = { Checker, InputError, probabilityAdequate, show };
})();
