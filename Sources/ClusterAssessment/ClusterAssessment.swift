// The ClusterAssessment module; its types live in the files of this folder.
import ClusterGraph
