#!/usr/bin/env bash
# Container logs for the demo federation (scripts/demo-federation.sh): CRI-format files, one per
# (namespace, container), that KWOK serves through `ClusterLogs` objects as the pods' logs.
# A simulated training run: NVIDIA FLARE (server1 runs scatter-and-gather rounds with site-1 and
# site-2, server2 is the hot standby, the overseer tracks both), OpenFL (director + envoy-1/2 run
# an mnist experiment), FATE (a hetero-LR job across parties 9999 and 10000 through the exchange).
# Some lines carry ANSI colours, as the frameworks' console loggers print them.
#
#   log-writer.sh DIR backlog TICKS   write TICKS ticks that ended now (half a second apart), exit
#   log-writer.sh DIR follow          then keep appending one tick every half second until killed
#
# Pure bash (no process per line): a tick appends a few lines to a few files.
set -euo pipefail
export TZ=UTC

DIR=${1:?usage: log-writer.sh DIR backlog TICKS | follow}
MODE=${2:?usage: log-writer.sh DIR backlog TICKS | follow}
TICK_US=500000

RED=$'\e[31m' GREEN=$'\e[32m' YELLOW=$'\e[33m' BLUE=$'\e[34m' CYAN=$'\e[36m' BOLD=$'\e[1m' RESET=$'\e[0m'

NOW_US=0 # time of the tick being written, microseconds since the epoch
TS=""    # its RFC3339Nano form (the CRI prefix)
APP=""   # "2026-01-02 03:04:05,678", Python logging's asctime
CLOCK="" # "03:04:05", rich's time column (OpenFL)

set_time() { # set_time MICROSECONDS
  NOW_US=$1
  local s=$((NOW_US / 1000000)) us=$((NOW_US % 1000000))
  local d t
  printf -v d '%(%Y-%m-%d)T' "$s"
  printf -v t '%(%H:%M:%S)T' "$s"
  printf -v TS '%sT%s.%06d000Z' "$d" "$t" "$us"
  printf -v APP '%s %s,%03d' "$d" "$t" $((us / 1000))
  CLOCK=$t
}

emit() { # emit NAMESPACE CONTAINER TEXT: one CRI line (stdout, full)
  local f="$DIR/$1/$2.log"
  printf '%s stdout F %s\n' "$TS" "$3" >>"$f"
}

flare() { # flare NS CONTAINER LOGGER LEVEL MESSAGE (FLARE's "asctime - name - level - message")
  local level=$4
  case $level in
    WARNING) level="${YELLOW}WARNING${RESET}" ;;
    ERROR) level="${RED}ERROR${RESET}" ;;
  esac
  emit "$1" "$2" "$APP - $3 - $level - $5"
}

openfl() { # openfl NS CONTAINER LEVEL MESSAGE SOURCE (rich console handler: time, level, message, file:line)
  local level
  case $3 in
    INFO) level="${BLUE}INFO    ${RESET}" ;;
    METRIC) level="${GREEN}METRIC  ${RESET}" ;;
    WARNING) level="${YELLOW}WARNING ${RESET}" ;;
    *) level="$3" ;;
  esac
  emit "$1" "$2" "${CYAN}[${CLOCK}]${RESET} ${level}$4    $5"
}

fate() { # fate NS CONTAINER LEVEL COMPONENT MESSAGE (eggroll/fate_flow: "[LEVEL] [time] [component] message")
  emit "$1" "$2" "[$3] [$APP] [$4] $5"
}

# deterministic pseudo-random numbers from the tick (the backlog and a rerun agree)
rnd() { # rnd SEED MOD -> R
  R=$(( ((($1) * 1103515245 + 12345) / 65536) % ($2) ))
  (( R < 0 )) && R=$(( -R ))
  return 0
}

JOB="simulate_job_7c1e"   # FLARE run
EXP="mnist_experiment"    # OpenFL experiment
FATE_JOB="202611231204118861570"

tick() { # tick N: the lines of tick N at NOW_US
  local n=$1
  local round=$(( n / 16 + 1 )) step=$(( n % 16 ))
  local srv="[identity=server1, run=$JOB, wf=scatter_and_gather]"
  local site loss acc
  # ---- NVIDIA FLARE: one round every 16 ticks (8 s) ----
  case $step in
    0)
      flare flare server1 ScatterAndGather INFO "$srv: Round $round started."
      flare flare server1 ScatterAndGather INFO "$srv: scheduled task train"
      ;;
    1|2)
      site=site-$step
      flare "flare-$site" "$site" ClientRunner INFO "[identity=$site, run=$JOB, peer=server1, task_name=train]: got task assignment: name=train, id=$((9000 + round * 2 + step))"
      ;;
    3|5|7|9)
      for site in site-1 site-2; do
        rnd $(( n * 7 + ${site#site-} )) 900; loss=$(( 2400 - round * 120 - step * 15 + R / 10 ))
        (( loss < 180 )) && loss=$(( 180 + R % 90 ))
        flare "flare-$site" "$site" Cifar10Trainer INFO "Epoch: $(( (step - 3) / 2 + 1 ))/4, Iteration: $(( (step - 2) * 50 )), Loss: $((loss / 1000)).$(( loss % 1000 / 100 ))$(( loss % 100 / 10 ))$(( loss % 10 ))"
      done
      ;;
    10)
      flare flare-site-1 site-1 ClientRunner INFO "[identity=site-1, run=$JOB, peer=server1, task_name=train]: finished processing task"
      flare flare server1 ServerRunner INFO "$srv: got result from client site-1 for task: name=train"
      ;;
    11)
      if (( round % 2 == 1 )); then
        flare flare-site-2 site-2 ClientRunner WARNING "[identity=site-2, run=$JOB, peer=server1]: heartbeat to server1 took 2.8s (> 2s)"
      fi
      flare flare-site-2 site-2 ClientRunner INFO "[identity=site-2, run=$JOB, peer=server1, task_name=train]: finished processing task"
      flare flare server1 ServerRunner INFO "$srv: got result from client site-2 for task: name=train"
      ;;
    12)
      (( round % 4 == 2 )) && flare flare-site-1 site-1 Cifar10Trainer WARNING "[identity=site-1, run=$JOB]: GPU memory 92% used on cuda:0, lowering batch size to 32"
      flare flare server1 InTimeAccumulateWeightedAggregator INFO "$srv: aggregating 2 update(s) at round $round"
      rnd $(( n * 13 )) 400; acc=$(( 5200 + round * 240 + R )); (( acc > 9340 )) && acc=$(( 9300 + R % 40 ))
      flare flare server1 IntimeModelSelector INFO "$srv: validation metric 0.$acc from client site-1"
      ;;
    13)
      flare flare server1 ScatterAndGather INFO "$srv: Round $round finished."
      (( round % 4 == 0 )) && flare flare server1 PTFileModelPersistor INFO "$srv: saved global model to /tmp/nvflare/$JOB/app_server/FL_global_model.pt"
      ;;
  esac
  if (( step == 4 || step == 14 )); then
    flare flare overseer overseer INFO "heartbeat: server1:8002:8003 role=hot (primary), server2:8102:8103 role=cold"
    flare flare server2 FederatedServer INFO "[identity=server2]: standing by; primary SP is server1:8002:8003"
  fi
  # ---- OpenFL: the director runs rounds of mnist_experiment with envoy-1 and envoy-2 ----
  local oround=$(( n / 12 + 1 )) ostep=$(( n % 12 ))
  case $ostep in
    0) openfl openfl-director director INFO "Starting round $oround of experiment ${BOLD}$EXP${RESET}" "director.py:178" ;;
    2|3)
      site=envoy-$(( ostep - 1 ))
      openfl "openfl-envoy-${site#envoy-}" envoy INFO "Collaborator $site is sending task results for train, round $oround" "collaborator.py:415"
      rnd $(( n * 11 + ostep )) 500; loss=$(( 900 - oround * 45 + R / 5 )); (( loss < 40 )) && loss=$(( 40 + R % 30 ))
      openfl "openfl-envoy-${site#envoy-}" envoy METRIC "Round $oround, collaborator $site train result train_loss: 0.$(( loss / 100 ))$(( loss % 100 / 10 ))$(( loss % 10 ))" "envoy.py:131"
      ;;
    5) openfl openfl-director director INFO "Aggregating 2 results for round $oround: envoy-1, envoy-2" "aggregator.py:874" ;;
    6)
      rnd $(( n * 3 )) 300; acc=$(( 8800 + oround * 20 + R / 10 )); (( acc > 9890 )) && acc=$(( 9860 + R % 30 ))
      openfl openfl-director director METRIC "Round $oround, aggregator: valid_accuracy 0.$acc" "aggregator.py:933"
      ;;
    9)
      for site in envoy-1 envoy-2; do
        openfl "openfl-envoy-${site#envoy-}" envoy INFO "Send heartbeat to director (director.openfl-director.svc.cluster.local:50051)" "envoy.py:98"
      done
      (( oround % 3 == 0 )) && openfl openfl-director director WARNING "Envoy envoy-2 heartbeat late by 1.4 s" "director.py:311"
      ;;
  esac
  # ---- FATE: a hetero-LR job, guest 9999, host 10000, through the exchange's rollsite ----
  local fstep=$(( n % 10 )) iter=$(( n / 10 ))
  case $fstep in
    1) fate fate-exchange rollsite INFO "rollsite" "route: 9999 -> 10000, job $FATE_JOB, tag hetero_lr_0.gradient.$iter, 1.2 MiB" ;;
    2) fate fate-9999 python INFO "fate_flow" "job $FATE_JOB task hetero_lr_0 iteration $iter: loss 0.$(( 690 - iter % 60 * 7 )), progress $(( (iter % 50) * 2 ))%" ;;
    3) fate fate-10000 python INFO "fate_flow" "job $FATE_JOB task hetero_lr_0 (host) iteration $iter: sent encrypted gradients (Paillier, 1024 bits)" ;;
    6) fate fate-exchange rollsite INFO "rollsite" "route: 10000 -> 9999, job $FATE_JOB, tag hetero_lr_0.loss.$iter, 84 KiB" ;;
    7)
      fate fate-9999 clustermanager INFO "eggroll" "session ${FATE_JOB}_hetero_lr_0 alive: 2 processors, heartbeat ok"
      (( iter % 6 == 5 )) && fate fate-10000 rollsite "${YELLOW}WARN${RESET}" "rollsite" "certificate eggroll-certs expires in 10 days (rollsite.fate-10000)"
      ;;
  esac
  return 0
}

mkdir -p "$DIR"
for d in flare flare-site-1 flare-site-2 openfl-director openfl-envoy-1 openfl-envoy-2 fate-exchange fate-9999 fate-10000; do
  mkdir -p "$DIR/$d"
done

now_us() { local r=$EPOCHREALTIME; NOW=$(( ${r%.*} * 1000000 + 10#${r#*.} )); } # -> NOW

case $MODE in
  backlog)
    TICKS=${3:?backlog needs TICKS}
    now_us; end=$NOW
    for ((i = 0; i < TICKS; i++)); do
      set_time $(( end - (TICKS - 1 - i) * TICK_US ))
      tick "$i"
    done
    echo "$TICKS" >"$DIR/.ticks"
    ;;
  follow)
    n=$(cat "$DIR/.ticks" 2>/dev/null || echo 0)
    now_us; next=$NOW
    while :; do
      next=$(( next + TICK_US ))
      now_us
      if (( next > NOW )); then
        printf -v pause '0.%06d' $(( next - NOW < 1000000 ? next - NOW : 999999 ))
        sleep "$pause"
      fi
      now_us
      set_time "$NOW"
      tick "$n"
      n=$(( n + 1 ))
      (( n % 20 == 0 )) && echo "$n" >"$DIR/.ticks"
    done
    ;;
  *) echo "log-writer.sh: unknown mode $MODE" >&2; exit 2 ;;
esac
