// Vitest setup: the browser's i18n API, in English, for every unit test (see fake-i18n.ts).
import { installFakeI18n } from './fake-i18n';

installFakeI18n();
