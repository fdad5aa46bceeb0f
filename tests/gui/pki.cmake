# GUI tests for the certificates page: local PKI (wizard, dialogs) and cluster secrets.
include(${CMAKE_CURRENT_LIST_DIR}/pki/local.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/pki/cluster.cmake OPTIONAL)
