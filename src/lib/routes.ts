/** The URLs of the model's pages and anchors, in one place. */
export const actorUrl = (id: string) => `/actors/${id}/`;
export const eventUrl = (id: string) => `/timeline/${id}/`;
export const countryUrl = (code: string) => `/countries/${code.toLowerCase()}/`;
export const quoteUrl = (article: string, id: string) => `/articles/${article}/#${id}`;
export const paragraphUrl = (article: string, paragraph: string) => `/articles/${article}/#${paragraph}`;
