import type { SegmentVocabulary } from './types.js';

/** English site chrome, bylines, captions and metadata labels as they appear in web copies of news. */
export const en: SegmentVocabulary = {
  // Whole-line site chrome: a line that is one of these (after lower-casing and trimming
  // punctuation) or starts with one and is short is navigation, sharing or rating furniture.
  chrome: [
    'share this article', 'share this story', 'share this page', 'share on facebook', 'share on twitter', 'share',
    'rate this article', 'rate this story', 'rate this', 'no votes', 'votes', 'vote',
    'print', 'print this article', 'print version', 'email this article', 'email', 'tweet', 'bookmark',
    'subscribe', 'subscribe to our newsletter', 'sign up for our newsletter', 'sign up', 'sign in', 'log in', 'register',
    'follow us', 'follow us on', 'like us on facebook', 'comments', 'leave a comment', 'add comment', 'show comments',
    'related articles', 'related stories', 'related', 'read more', 'read also', 'see also', 'more on this topic', 'tags',
    'advertisement', 'sponsored', 'sponsored content', 'cookie policy', 'privacy policy', 'terms of use',
    'all rights reserved', 'back to top', 'menu', 'search', 'home', 'next article', 'previous article',
    'read in russian', 'read in english', 'in russian', 'in english', 'english version', 'russian version',
    'poll conducted', 'poll', 'results', 'view results', 'vote now',
  ],
  // Phrases that make a longer line chrome wherever they stand in it.
  chromePhrases: [
    'get the latest updates', 'right on your browser', 'enable notifications', 'turn on notifications',
    'subscribe to our', 'sign up for our', 'follow us on', 'download our app', 'all rights reserved',
    'this article was published', 'click here', 'cookies to improve', 'use of cookies', 'share this article',
    'rate this article',
  ],
  pollHeaders: ['poll', 'poll conducted', 'survey', 'quick poll', 'vote', 'opinion poll'],
  voteWords: ['vote', 'votes', 'no votes'],
  captionLabels: ['photo', 'photos', 'photograph', 'image', 'picture', 'illustration', 'credit', 'photo credit', 'source of photo', 'video', 'pictured'],
  metadataLabels: [
    'date', 'dated', 'published', 'posted', 'updated', 'last updated', 'last modified', 'by', 'author', 'authors',
    'source', 'sources', 'written by', 'reporting by', 'editing by', 'edited by', 'tags', 'category', 'filed under',
  ],
  roleWords: [
    'dr', 'phd', 'professor', 'prof', 'fellow', 'researcher', 'research', 'director', 'head', 'editor', 'correspondent',
    'analyst', 'expert', 'chief', 'senior', 'associate', 'lecturer', 'member', 'chair', 'chairman', 'candidate', 'doctor',
  ],
  partMarker: 'part',
};
