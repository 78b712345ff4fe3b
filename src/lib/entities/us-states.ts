import states from 'us-states-normalize/jsons/states.json' with { type: 'json' };

interface StateForms {
  name: string;
  AP: string;
  other?: string[];
}

/** The District of Columbia, which is the city of Washington itself, not a state around it. */
const DISTRICT = 'DC';
const INITIAL = /^\p{Lu}\.$/u;

/**
 * A state by the way wire copy writes it after a city ("Clayton, Mo.",
 * "Stamford, Conn.", "Dayton, Ohio"): the Associated Press abbreviations and
 * their older variants ("Tex.", "Penn."), from us-states-normalize, and the
 * full names AP writes out. A lone initial ("O.") is left out: after a comma
 * it is more often a person's. The District ("Washington, D.C.") maps to no
 * state: the city it follows is the place.
 */
const STATE_BY_FORM: ReadonlyMap<string, string | null> = new Map(
  Object.entries(states as Record<string, StateForms>).flatMap(([code, { name, AP, other = [] }]) =>
    [AP, ...other]
      .filter((form) => (form.endsWith('.') || form === name) && !INITIAL.test(form))
      .map((form) => [form, code === DISTRICT ? null : name] as const),
  ),
);

/**
 * The state a token after "City," writes, without the punctuation that
 * follows it: the state's name, null for the District of Columbia, or
 * undefined when the token is no state.
 */
export function usStateAfterCity(token: string): string | null | undefined {
  return STATE_BY_FORM.get(token);
}
