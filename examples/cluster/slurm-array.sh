#!/usr/bin/env bash
# Runs a Hess-Trucks sweep as a Slurm job array: task i of N runs shard i/N, all writing into one results
# folder on a shared filesystem; a last job writes the report over the merged folder.
#
#   sbatch --array=1-8 examples/cluster/slurm-array.sh sweeps/default.json /shared/results/default
#   sbatch --dependency=afterany:<array job id> --wrap "bin/hesstrucks report /shared/results/default"
#
# Each task runs its cells one after another in fresh worker JVMs, so timings within a task are comparable;
# ask for whole cores (--cpus-per-task) and keep one task per node if you compare wall-clock time across tasks.
#SBATCH --job-name=hesstrucks
#SBATCH --cpus-per-task=2
#SBATCH --mem=8G
#SBATCH --time=04:00:00
#SBATCH --output=hesstrucks-%A_%a.log
set -euo pipefail
sweep=${1:?usage: slurm-array.sh SWEEP RESULTS_DIR}
results=${2:?usage: slurm-array.sh SWEEP RESULTS_DIR}
: "${SLURM_ARRAY_TASK_ID:?run this with sbatch --array=1-N}"
: "${SLURM_ARRAY_TASK_COUNT:?run this with sbatch --array=1-N}"
export OPENBLAS_NUM_THREADS=${SLURM_CPUS_PER_TASK:-1}
exec "$(dirname "$0")/../../bin/hesstrucks" run "$sweep" -o "$results" \
  --shard "${SLURM_ARRAY_TASK_ID}/${SLURM_ARRAY_TASK_COUNT}" --progress never
