/** The id of the rights section's heading on the person page: the radar links to `/persons/:id#person-rights`. */
export const PERSON_RIGHTS_ID = "person-rights";
