# Helm releases from storage vs helm list -A, and the live list's latency. Run by bench/run-helm.sh.
add_executable(helm_bench helm_bench.cpp)
target_link_libraries(helm_bench PRIVATE fedconsole_model fc_bench_cluster)
