# gui/pki: certificates page, dialogs and wizard (local PKI) and the cluster-secret side.
# Each part lists its own files so they can be worked on independently.
include(${CMAKE_CURRENT_LIST_DIR}/local.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/cluster.cmake OPTIONAL)
