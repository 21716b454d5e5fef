/** The id of the referrals section's heading on the person page: the list of referrals links to `/persons/:id#person-referrals`. */
export const PERSON_REFERRALS_ID = "person-referrals";
