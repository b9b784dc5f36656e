/** The Chromium the PDF and hardening tests print with (the system one; CI installs it with apt-get). */
export const CHROMIUM = '/usr/bin/chromium';
