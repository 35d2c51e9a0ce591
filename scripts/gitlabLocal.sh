#!/usr/bin/env bash
# Runs this project's GitLab pipeline (.gitlab-ci.yml, which includes ci/gitlab/ftconform.gitlab-ci.yml)
# for real with gitlab-ci-local, on a copy of the working tree: ftconform-provision, the 4 shards, then
# ftconform-merge, every job in the shell (no Docker here), one at a time. Exits with the pipeline's status.
#   scripts/gitlabLocal.sh PY [BUDGET] [SUITES]    e.g. scripts/gitlabLocal.sh "$PY" 20s dict
# PY: a free-threaded interpreter (FTCONFORM_INTERP: nothing is built); BUDGET per shard (default 20s);
# SUITES separated by spaces (default dict). The copy is left in the folder printed first, reports under
# reports/ (reports/merged: the merged report), the pipeline's output in pipeline.log.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
py=${1:?"usage: scripts/gitlabLocal.sh PY [BUDGET] [SUITES]"}
budget=${2:-20s}
suites=${3:-dict}
[ -x "$py" ] || { echo "gitlabLocal: $py is not an executable interpreter" >&2; exit 2; }
# gitlab-ci-local copies the project for each job with rsync: installed here as root, else named.
if ! command -v rsync >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "gitlabLocal: installing rsync (gitlab-ci-local needs it)" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rsync >/dev/null 2>&1 \
      || { apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rsync >/dev/null; }
  else
    echo "gitlabLocal: gitlab-ci-local needs rsync: apt-get install -y rsync" >&2; exit 2
  fi
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/ftconform-gitlab-local-XXXXXX")
echo "gitlabLocal: pipeline copy in $work"
# The files git would commit (tracked and new, not ignored), as GitLab's clone would have them.
(cd "$root" && git ls-files -z --cached --others --exclude-standard) | (cd "$root" && xargs -0 tar cf - --ignore-failed-read) | tar xf - -C "$work"
cd "$work"
git init -q && git add -A && git -c user.name=ftconform -c user.email=ftconform@localhost commit -qm 'gitlab-ci-local copy'
git remote add origin https://gitlab.example.com/ftconform/ftconform.git
# gitlab-ci-local runs a shell job with image: in the project's folder but names it /builds/<group>/<project>
# in CI_PROJECT_DIR (where Docker would mount it): set it to the folder the jobs really run in.

"$root/node_modules/.bin/gitlab-ci-local" --force-shell-executor --concurrency 1 --no-color \
  --variable "FTCONFORM_INTERP=$py" --variable FTCONFORM_PROFILE=quick --variable "FTCONFORM_BUDGET=$budget" \
  --variable "FTCONFORM_SUITES=$suites" --variable "CI_PROJECT_DIR=$work" 2>&1 | tee "$work/pipeline.log"
