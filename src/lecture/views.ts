/** The lecture and presenter views: one chunk, loaded only by lecture routes (see ./lazy.tsx). */
export { LecturePage } from './LecturePage';
export { PresenterPage } from './PresenterPage';
