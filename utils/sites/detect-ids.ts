/** The channel id of a lender's complaint page the user added (not in the registry). */
export const USER_SITE_CHANNEL = 'user-site';
